package fi.hoitomalli.meeting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hoitomalli.customer.SectorId;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One customer encounter (kohtaaminen) of a given kind: who owns it, who takes part, for which sector
 * and on which day. Kinds counted per sector must name the sector.
 *
 * @param id the encounter's id
 * @param kind the kind, with its cadence
 * @param sector the sector, required for kinds counted per sector
 * @param owner who organises it and is responsible (vastuuhenkilö)
 * @param participants who takes part besides the owner, without duplicates
 * @param date the day it is held or planned for
 */
public record Encounter(MeetingId id, EncounterKind kind, Optional<SectorId> sector, Participant owner,
                        List<Participant> participants, LocalDate date) {
    public Encounter {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(sector, "sector must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        participants = ImmutableList.copyOf(Objects.requireNonNull(participants, "participants must not be null"));
        Objects.requireNonNull(date, "date must not be null");
        checkArgument(kind.scope() != EncounterScope.PER_SECTOR || sector.isPresent(),
                "a %s is held for a sector: name it", kind);
        checkArgument(Set.copyOf(participants).size() == participants.size(),
                "encounter %s lists a participant twice", id);
    }

    /** The owner and every participant, owner first. */
    public Set<Participant> everyone() {
        Set<Participant> all = new LinkedHashSet<>();
        all.add(owner);
        all.addAll(participants);
        return ImmutableSet.copyOf(all);
    }
}
