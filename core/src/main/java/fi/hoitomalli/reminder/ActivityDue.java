package fi.hoitomalli.reminder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A due fact: an annual-clock activity (vuosikellon tapahtuma, e.g. a steering-group meeting) whose
 * attendees get a calendar invitation a policy's number of working days before it starts. Carries
 * everything an iCalendar event needs.
 *
 * <p>Construction throws {@code IllegalArgumentException} if the end is not after the start, or a text could inject a header.
 *
 * @param id the activity's id; with the start date it identifies the invitation
 * @param title the title, one line, no personal payroll data
 * @param start local start time, in {@code zone}
 * @param end local end time, after the start
 * @param zone where the local times are
 * @param location where (a room or a meeting link), one line
 * @param organiser who invites
 * @param attendees who are invited, at least one
 */
public record ActivityDue(String id, String title, LocalDateTime start, LocalDateTime end, ZoneId zone,
                          String location, Recipient organiser, List<Recipient> attendees) {

    public ActivityDue {
        SafeText.id(id, "id");
        SafeText.title(title, "title");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        checkArgument(end.isAfter(start), "an activity must end after it starts: %s .. %s", start, end);
        SafeText.line(location, "location", 200);
        Objects.requireNonNull(organiser, "organiser must not be null");
        attendees = ImmutableList.copyOf(Objects.requireNonNull(attendees, "attendees must not be null"));
        checkArgument(!attendees.isEmpty(), "an activity invitation needs at least one attendee");
    }

    /** The start as an instant. */
    public Instant startInstant() {
        return start.atZone(zone).toInstant();
    }

    /** The end as an instant. */
    public Instant endInstant() {
        return end.atZone(zone).toInstant();
    }
}
