package fi.hoitomalli.clock;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.meeting.EncounterKind;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.TeamId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A recurring activity of the annual clock (vuosikellon toistuva tapahtuma): what it is, how often and
 * when in the year it may happen, how long it takes, who owns and attends it, and whom it is for. Start
 * from {@link #scheduled} or {@link #payrollRuns} and refine with the {@code with…} methods.
 *
 * @param id the template's id
 * @param code a short code drawn next to its marks on the wheel, e.g. {@code SIVI}; 1–12 characters
 * @param name what the activity is, e.g. "account team meeting"
 * @param subject whom or what it concerns, e.g. the sector's name "Sivistystoimi"
 * @param category the wheel ring it is drawn on
 * @param cadence how many a year
 * @param months the months it may fall in; July only if listed
 * @param preferredWeekday the weekday the planner tries first, if any
 * @param duration how long it takes; positive and at most 8 h for scheduled ones, zero for payroll runs
 * @param owner who is responsible (and is booked)
 * @param participants who else is booked, without the owner and without duplicates
 * @param audience whom it is for
 * @param sector the sector it concerns, if any
 * @param team the service team it belongs to, if any
 * @param encounter the encounter kind it is, if it is one
 * @param placement whether the planner schedules it or the payroll calendar dates it
 */
public record ActivityTemplate(TemplateId id, String code, LocalizedText name, LocalizedText subject,
                               Category category, Cadence cadence, Set<Month> months,
                               Optional<DayOfWeek> preferredWeekday, Duration duration, Participant owner,
                               List<Participant> participants, Audience audience, Optional<SectorId> sector,
                               Optional<TeamId> team, Optional<EncounterKind> encounter, Placement placement) {

    /** Every month except July, the holiday month. */
    public static final Set<Month> ALL_BUT_JULY = ImmutableSortedSet.copyOf(
            EnumSet.complementOf(EnumSet.of(Month.JULY)));

    /** The longest scheduled activity: one working day. */
    public static final Duration LONGEST = Duration.ofHours(8);

    public ActivityTemplate {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(code, "code must not be null");
        checkArgument(!code.isBlank() && code.length() <= 12, "code must have 1–12 characters: '%s'", code);
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(cadence, "cadence must not be null");
        months = ImmutableSortedSet.copyOf(Objects.requireNonNull(months, "months must not be null"));
        checkArgument(!months.isEmpty(), "template %s allows no month", id);
        Objects.requireNonNull(preferredWeekday, "preferredWeekday must not be null");
        Objects.requireNonNull(duration, "duration must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        participants = ImmutableList.copyOf(Objects.requireNonNull(participants, "participants must not be null"));
        checkArgument(Set.copyOf(participants).size() == participants.size() && !participants.contains(owner),
                "template %s lists a participant twice or the owner as a participant", id);
        Objects.requireNonNull(audience, "audience must not be null");
        Objects.requireNonNull(sector, "sector must not be null");
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(encounter, "encounter must not be null");
        Objects.requireNonNull(placement, "placement must not be null");
        if (placement == Placement.SCHEDULED) {
            checkArgument(!duration.isNegative() && !duration.isZero() && duration.compareTo(LONGEST) <= 0,
                    "a scheduled activity lasts more than 0 and at most 8 hours: %s", duration);
        } else {
            checkArgument(duration.isZero(), "payroll-run marks last all day and have no duration");
        }
    }

    /**
     * A scheduled activity in every month but July, lasting two hours, for the whole unit, with no
     * preferred weekday and no other participants — refine it with the {@code with…} methods.
     */
    public static ActivityTemplate scheduled(TemplateId id, String code, LocalizedText name, LocalizedText subject,
                                             Category category, Cadence cadence, Participant owner) {
        return new ActivityTemplate(id, code, name, subject, category, cadence, ALL_BUT_JULY, Optional.empty(),
                Duration.ofHours(2), owner, List.of(), Audience.WHOLE_UNIT, Optional.empty(), Optional.empty(),
                Optional.empty(), Placement.SCHEDULED);
    }

    /** The payroll runs (palkka-ajot): a mark on every run day of every month, owned by the owner. */
    public static ActivityTemplate payrollRuns(TemplateId id, LocalizedText name, LocalizedText subject,
                                               Cadence cadence, Participant owner) {
        return new ActivityTemplate(id, "€", name, subject, Category.PAYROLL, cadence,
                EnumSet.allOf(Month.class), Optional.empty(), Duration.ZERO, owner, List.of(), Audience.WHOLE_UNIT,
                Optional.empty(), Optional.empty(), Optional.empty(), Placement.PAYROLL_RUN_DAYS);
    }

    /** This template allowed only in the months. */
    public ActivityTemplate withMonths(Set<Month> newMonths) {
        return new ActivityTemplate(id, code, name, subject, category, cadence, newMonths, preferredWeekday, duration,
                owner, participants, audience, sector, team, encounter, placement);
    }

    /** This template preferring the weekday. */
    public ActivityTemplate withPreferredWeekday(DayOfWeek weekday) {
        return new ActivityTemplate(id, code, name, subject, category, cadence, months, Optional.of(weekday), duration,
                owner, participants, audience, sector, team, encounter, placement);
    }

    /** This template with another duration. */
    public ActivityTemplate withDuration(Duration newDuration) {
        return new ActivityTemplate(id, code, name, subject, category, cadence, months, preferredWeekday, newDuration,
                owner, participants, audience, sector, team, encounter, placement);
    }

    /** This template with other participants besides the owner (the owner is dropped from the list). */
    public ActivityTemplate withParticipants(List<Participant> newParticipants) {
        List<Participant> others = new LinkedHashSet<>(newParticipants).stream().filter(p -> !p.equals(owner)).toList();
        return new ActivityTemplate(id, code, name, subject, category, cadence, months, preferredWeekday, duration,
                owner, others, audience, sector, team, encounter, placement);
    }

    /** This template for another audience. */
    public ActivityTemplate withAudience(Audience newAudience) {
        return new ActivityTemplate(id, code, name, subject, category, cadence, months, preferredWeekday, duration,
                owner, participants, newAudience, sector, team, encounter, placement);
    }

    /** This template concerning the sector. */
    public ActivityTemplate withSector(SectorId newSector) {
        return new ActivityTemplate(id, code, name, subject, category, cadence, months, preferredWeekday, duration,
                owner, participants, audience, Optional.of(newSector), team, encounter, placement);
    }

    /** This template belonging to the service team. */
    public ActivityTemplate withTeam(TeamId newTeam) {
        return new ActivityTemplate(id, code, name, subject, category, cadence, months, preferredWeekday, duration,
                owner, participants, audience, sector, Optional.of(newTeam), encounter, placement);
    }

    /** This template as an encounter of the kind. */
    public ActivityTemplate withEncounter(EncounterKind kind) {
        return new ActivityTemplate(id, code, name, subject, category, cadence, months, preferredWeekday, duration,
                owner, participants, audience, sector, team, Optional.of(kind), placement);
    }

    /** The owner and the participants: everyone booked by an occurrence. */
    public Set<Participant> people() {
        Set<Participant> all = new LinkedHashSet<>();
        all.add(owner);
        all.addAll(participants);
        return ImmutableSet.copyOf(all);
    }

    /** {@code "Sivistystoimi: account team meeting"} in the language's texts. */
    public LocalizedText title() {
        return new LocalizedText(subject.fi() + ": " + name.fi(), subject.sv() + ": " + name.sv(),
                subject.en() + ": " + name.en());
    }
}
