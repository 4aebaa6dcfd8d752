package fi.hoitomalli.clock;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.TeamId;
import java.time.Year;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A concrete year's annual clock (vuosikello): the templates, their dated occurrences in date and time
 * order, and the explanations for what could not be placed. Made by {@link ClockPlanner}; views for
 * one team or one person are filtered copies.
 *
 * @param year the year
 * @param templates the templates, unique ids
 * @param occurrences the dated occurrences, each of one of the templates, inside the year
 * @param unplaced explanations for templates placed fewer times than planned
 */
public record AnnualClock(Year year, List<ActivityTemplate> templates, List<Occurrence> occurrences,
                          List<Unplaced> unplaced) {

    private static final Comparator<Occurrence> ORDER = Comparator.comparing(Occurrence::date)
            .thenComparing(o -> o.start().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(o -> o.template().value());

    public AnnualClock {
        Objects.requireNonNull(year, "year must not be null");
        templates = ImmutableList.copyOf(Objects.requireNonNull(templates, "templates must not be null"));
        Map<TemplateId, ActivityTemplate> byId = new LinkedHashMap<>();
        templates.forEach(t -> checkArgument(byId.put(t.id(), t) == null, "template %s appears twice", t.id()));
        occurrences = Objects.requireNonNull(occurrences, "occurrences must not be null").stream()
                .sorted(ORDER).collect(ImmutableList.toImmutableList());
        for (Occurrence o : occurrences) {
            checkArgument(byId.containsKey(o.template()), "occurrence of unknown template %s", o.template());
            checkArgument(o.date().getYear() == year.getValue(), "occurrence %s is outside %s", o.date(), year);
        }
        unplaced = ImmutableList.copyOf(Objects.requireNonNull(unplaced, "unplaced must not be null"));
        unplaced.forEach(u -> checkArgument(byId.containsKey(u.template()), "unplaced unknown template %s",
                u.template()));
    }

    /** The template with the id. */
    public Optional<ActivityTemplate> template(TemplateId id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The occurrences of one template, in date order. */
    public List<Occurrence> occurrencesOf(TemplateId id) {
        return occurrences.stream().filter(o -> o.template().equals(id)).toList();
    }

    /**
     * The clock of one service team: its own templates, the templates that book one of its members and
     * the unit's all-day marks (payroll runs).
     */
    public AnnualClock forTeam(TeamId team, Set<Participant> members) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(members, "members must not be null");
        return filtered(t -> t.team().filter(team::equals).isPresent()
                || t.people().stream().anyMatch(members::contains)
                || t.placement() == Placement.PAYROLL_RUN_DAYS);
    }

    /** The clock of one person (a secretary's own vuosikello): what books them, plus the payroll runs. */
    public AnnualClock forPerson(Participant person) {
        Objects.requireNonNull(person, "person must not be null");
        return filtered(t -> t.people().contains(person) || t.placement() == Placement.PAYROLL_RUN_DAYS);
    }

    private AnnualClock filtered(Predicate<ActivityTemplate> keep) {
        List<ActivityTemplate> kept = templates.stream().filter(keep).toList();
        Map<TemplateId, ActivityTemplate> ids = kept.stream()
                .collect(ImmutableMap.toImmutableMap(ActivityTemplate::id, t -> t));
        return new AnnualClock(year, kept,
                occurrences.stream().filter(o -> ids.containsKey(o.template())).toList(),
                unplaced.stream().filter(u -> ids.containsKey(u.template())).toList());
    }
}
