package fi.hoitomalli.reminder;

import com.google.common.collect.ImmutableMap;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.StaffMember;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** The service centre's people as a recipient directory: secretaries and the management group. */
final class ServiceCentreRecipients implements RecipientDirectory {

    private final ImmutableMap<Participant, Recipient> byParticipant;
    private final ImmutableMap<String, Recipient> byIdOrName;

    ServiceCentreRecipients(ServiceCentre centre) {
        Objects.requireNonNull(centre, "centre must not be null");
        Map<Participant, Recipient> participants = new LinkedHashMap<>();
        Map<String, Recipient> keys = new LinkedHashMap<>();
        for (Secretary s : centre.secretaries()) {
            Recipient r = new Recipient(s.name(), s.email(), s.language());
            participants.put(Participant.secretary(s.id()), r);
            keys.putIfAbsent(s.id().value(), r);
            keys.putIfAbsent(s.name(), r);
        }
        staff(centre).forEach(m -> {
            Recipient r = new Recipient(m.name(), m.email(), m.language());
            participants.putIfAbsent(Participant.staff(m.id()), r);
            keys.putIfAbsent(m.id().value(), r);
            keys.putIfAbsent(m.name(), r);
        });
        this.byParticipant = ImmutableMap.copyOf(participants);
        this.byIdOrName = ImmutableMap.copyOf(keys);
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
}
