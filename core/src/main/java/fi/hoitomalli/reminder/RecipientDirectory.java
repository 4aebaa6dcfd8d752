package fi.hoitomalli.reminder;

import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.ServiceCentre;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: who a reminder goes to (vastaanottajahakemisto). Resolves the people named by other features — an
 * annual-clock participant, an account-plan action's owner — to recipients with a name, an address and
 * a language. {@link #of(ServiceCentre)} knows the service centre's secretaries and staff; groups such as
 * the steering group are added with {@link #withGroup}. Implementations never return null, and a person
 * whose data cannot form a reminder (a name too long for a header, or with a tab or a line break) is not
 * returned but explained by {@link #whyUnresolved(Participant)}, so that one bad row never fails a batch.
 */
public interface RecipientDirectory {

    /**
     * Everyone the participant stands for: one person, the members of a group, or nobody when the
     * directory does not know the participant.
     *
     * @throws NullPointerException if the participant is null
     */
    List<Recipient> participant(Participant participant);

    /**
     * The person an account-plan action names as its owner, by id (e.g. {@code S-07}) or by exact name.
     *
     * @throws NullPointerException if the text is null
     */
    Optional<Recipient> person(String idOrName);

    /**
     * Why {@link #participant} resolves the participant to nobody: {@link Unreached.Reason#UNKNOWN_PERSON}
     * unless the directory knows the person but cannot address them (then e.g.
     * {@link Unreached.Reason#UNSAFE_NAME}). Only meaningful when {@code participant} returned an empty list.
     *
     * @throws NullPointerException if the participant is null
     */
    default Unreached.Reason whyUnresolved(Participant participant) {
        Objects.requireNonNull(participant, "participant must not be null");
        return Unreached.Reason.UNKNOWN_PERSON;
    }

    /**
     * Why {@link #person} finds nobody by the id or name, as {@link #whyUnresolved(Participant)}.
     *
     * @throws NullPointerException if the text is null
     */
    default Unreached.Reason whyUnresolved(String idOrName) {
        Objects.requireNonNull(idOrName, "idOrName must not be null");
        return Unreached.Reason.UNKNOWN_PERSON;
    }

    /**
     * The secretaries, team leads, head of unit and labour-market lawyer of the service centre. A person
     * whose name cannot go into a header is left out and explained as {@link Unreached.Reason#UNSAFE_NAME}.
     *
     * @throws NullPointerException if the centre is null
     */
    static RecipientDirectory of(ServiceCentre centre) {
        return new ServiceCentreRecipients(centre);
    }

    /**
     * This directory with a group participant (e.g. {@code Participant.group("steering-group")}) standing
     * for the members; other participants are resolved as before.
     *
     * @throws NullPointerException if an argument is null
     */
    default RecipientDirectory withGroup(Participant group, List<Recipient> members) {
        Objects.requireNonNull(group, "group must not be null");
        List<Recipient> copy = List.copyOf(Objects.requireNonNull(members, "members must not be null"));
        RecipientDirectory base = this;
        return new RecipientDirectory() {
            @Override
            public List<Recipient> participant(Participant participant) {
                return group.equals(participant) ? copy : base.participant(participant);
            }

            @Override
            public Optional<Recipient> person(String idOrName) {
                return base.person(idOrName);
            }

            @Override
            public Unreached.Reason whyUnresolved(Participant participant) {
                return base.whyUnresolved(participant);
            }

            @Override
            public Unreached.Reason whyUnresolved(String idOrName) {
                return base.whyUnresolved(idOrName);
            }
        };
    }
}
