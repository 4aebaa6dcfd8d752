package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.team.TeamId;

/**
 * What a team meeting (tiimipalaveri) goes through (Kuva 17): first the team's feedback that is
 * unanswered past its due date, then the situations not yet reviewed (the new ones since the last
 * meeting and any left over), then the feedback received since the last meeting.
 *
 * @param team the team
 * @param meetingDate the day of the meeting
 * @param previousMeeting the day of the previous meeting; empty for the first one (then everything up
 *        to the meeting counts as new)
 * @param overdueFeedback unanswered feedback past its due date on the meeting day, by due date
 * @param situations situations waiting for review dated up to the meeting day, by date
 * @param newFeedback feedback received after the previous meeting up to the meeting day that is not
 *        overdue, by receipt date
 */
public record TeamMeetingAgenda(TeamId team, LocalDate meetingDate, Optional<LocalDate> previousMeeting,
                                List<FeedbackReport> overdueFeedback, List<SituationReport> situations,
                                List<FeedbackReport> newFeedback) {
    public TeamMeetingAgenda {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(meetingDate, "meetingDate must not be null");
        Objects.requireNonNull(previousMeeting, "previousMeeting must not be null");
        previousMeeting.ifPresent(p -> checkArgument(p.isBefore(meetingDate),
                "previous meeting %s is not before %s", p, meetingDate));
        overdueFeedback = ImmutableList.copyOf(Objects.requireNonNull(overdueFeedback, "overdueFeedback must not be null"));
        situations = ImmutableList.copyOf(Objects.requireNonNull(situations, "situations must not be null"));
        newFeedback = ImmutableList.copyOf(Objects.requireNonNull(newFeedback, "newFeedback must not be null"));
    }

    /** The agenda of the team's meeting from the given records (records of other teams are ignored). */
    public static TeamMeetingAgenda of(TeamId team, LocalDate meetingDate, Optional<LocalDate> previousMeeting,
                                       Collection<? extends SituationReport> situations,
                                       Collection<? extends FeedbackReport> feedback) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(meetingDate, "meetingDate must not be null");
        Objects.requireNonNull(previousMeeting, "previousMeeting must not be null");
        List<FeedbackReport> overdue = new ArrayList<>();
        List<FeedbackReport> fresh = new ArrayList<>();
        for (FeedbackReport f : feedback) {
            FeedbackDetails d = f.details();
            if (!d.team().equals(team) || d.received().isAfter(meetingDate)) {
                continue;
            }
            if (f.isOverdue(meetingDate)) {
                overdue.add(f);
            } else if (previousMeeting.map(p -> d.received().isAfter(p)).orElse(true)) {
                fresh.add(f);
            }
        }
        overdue.sort(Comparator.comparing((FeedbackReport f) -> f.details().dueDate())
                .thenComparing(f -> f.id().value()));
        fresh.sort(Comparator.comparing((FeedbackReport f) -> f.details().received())
                .thenComparing(f -> f.id().value()));
        List<SituationReport> open = situations.stream()
                .filter(s -> s.details().team().equals(team) && s.stage() == SituationStage.RECORDED
                        && !s.details().date().isAfter(meetingDate))
                .sorted(Comparator.comparing((SituationReport s) -> s.details().date())
                        .thenComparing(s -> s.id().value()))
                .map(SituationReport.class::cast)
                .toList();
        return new TeamMeetingAgenda(team, meetingDate, previousMeeting, overdue, open, fresh);
    }

    /**
     * The agenda from the stores, with what the actor may read (AX-1): typically the team lead.
     */
    public static TeamMeetingAgenda prepare(Actor actor, TeamId team, LocalDate meetingDate,
                                            Optional<LocalDate> previousMeeting, SituationReports situations,
                                            FeedbackReports feedback) {
        LocalDate since = previousMeeting.map(p -> p.plusDays(1)).orElse(LocalDate.of(1900, 1, 1));
        Map<FeedbackId, FeedbackReport> candidates = new LinkedHashMap<>();
        feedback.inStage(actor, FeedbackStage.RECEIVED).forEach(f -> candidates.put(f.id(), f));
        if (!since.isAfter(meetingDate)) {
            feedback.byTeam(actor, team, new DateRange(since, meetingDate)).forEach(f -> candidates.put(f.id(), f));
        }
        return of(team, meetingDate, previousMeeting, situations.inStage(actor, SituationStage.RECORDED),
                candidates.values());
    }

    /** How many items the meeting goes through. */
    public int size() {
        return overdueFeedback.size() + situations.size() + newFeedback.size();
    }
}
