package fi.hoitomalli.reminder;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.StaffMember;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The service centre's people as a recipient directory: secretaries and the management group. A person
 * whose name cannot go into a header is kept out of the directory (so building it never fails on one
 * row) and remembered, so that {@link #whyUnresolved} says {@link Unreached.Reason#UNSAFE_NAME}.
 */
final class ServiceCentreRecipients implements RecipientDirectory {

    private final ImmutableMap<Participant, Recipient> byParticipant;
    private final ImmutableMap<String, Recipient> byIdOrName;
    private final ImmutableSet<Participant> unsafeParticipants;
    private final ImmutableSet<String> unsafeIdsOrNames;

    ServiceCentreRecipients(ServiceCentre centre) {
        Objects.requireNonNull(centre, "centre must not be null");
        Entries entries = new Entries();
        for (Secretary s : centre.secretaries()) {
            entries.add(Participant.secretary(s.id()), s.id().value(), s.name(), s.email(), s.language());
        }
        staff(centre).forEach(m -> entries.add(Participant.staff(m.id()), m.id().value(), m.name(), m.email(),
                m.language()));
        this.byParticipant = ImmutableMap.copyOf(entries.participants);
        this.byIdOrName = ImmutableMap.copyOf(entries.keys);
        this.unsafeParticipants = ImmutableSet.copyOf(entries.unsafeParticipants);
        this.unsafeIdsOrNames = ImmutableSet.copyOf(entries.unsafeKeys);
    }

    private static Stream<StaffMember> staff(ServiceCentre centre) {
        return Stream.concat(Stream.of(centre.management().head()),
                Stream.concat(centre.management().teamLeads().stream(),
                        Stream.of(centre.management().labourMarketLawyer())));
    }

    @Override
    public List<Recipient> participant(Participant participant) {
        Objects.requireNonNull(participant, "participant must not be null");
        Recipient r = byParticipant.get(participant);
        return r == null ? List.of() : List.of(r);
    }

    @Override
    public Optional<Recipient> person(String idOrName) {
        Objects.requireNonNull(idOrName, "idOrName must not be null");
        return Optional.ofNullable(byIdOrName.get(idOrName.strip()));
    }

    @Override
    public Unreached.Reason whyUnresolved(Participant participant) {
        Objects.requireNonNull(participant, "participant must not be null");
        return unsafeParticipants.contains(participant) ? Unreached.Reason.UNSAFE_NAME
                : Unreached.Reason.UNKNOWN_PERSON;
    }

    @Override
    public Unreached.Reason whyUnresolved(String idOrName) {
        Objects.requireNonNull(idOrName, "idOrName must not be null");
        return unsafeIdsOrNames.contains(idOrName.strip()) ? Unreached.Reason.UNSAFE_NAME
                : Unreached.Reason.UNKNOWN_PERSON;
    }

    /** The directory being built: the first person met under a participant, id or name wins. */
    private static final class Entries {
        final Map<Participant, Recipient> participants = new LinkedHashMap<>();
        final Map<String, Recipient> keys = new LinkedHashMap<>();
        final Set<Participant> unsafeParticipants = new HashSet<>();
        final Set<String> unsafeKeys = new HashSet<>();

        void add(Participant participant, String id, String name, EmailAddress email, Language language) {
            Optional<Recipient> recipient = Recipient.ifAddressable(name, email, language);
            if (recipient.isPresent()) {
                participants.putIfAbsent(participant, recipient.get());
                keys.putIfAbsent(id, recipient.get());
                keys.putIfAbsent(name, recipient.get());
            } else {
                unsafeParticipants.add(participant);
                unsafeKeys.add(id);
                unsafeKeys.add(name.strip());
            }
        }
    }
}
