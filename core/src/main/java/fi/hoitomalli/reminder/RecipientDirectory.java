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
 * the steering group are added with {@link #withGroup}. Implementations never return null.
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

    /** The secretaries, team leads, head of unit and labour-market lawyer of the service centre. */
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
        };
    }
}
