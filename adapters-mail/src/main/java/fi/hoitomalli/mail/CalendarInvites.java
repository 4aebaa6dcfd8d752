package fi.hoitomalli.mail;

import fi.hoitomalli.reminder.ActivityDue;
import fi.hoitomalli.reminder.Recipient;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar {@code METHOD:REQUEST} events for annual-clock activities, built with ical4j. Start and end are
 * written as local times in the activity's zone ({@code DTSTART;TZID=Europe/Helsinki:20270329T090000}) and
 * the calendar carries that zone's {@code VTIMEZONE}, taken from ical4j's {@link TimeZoneRegistry} (the
 * definitions bundled with ical4j; nothing is fetched over the network), so that a client shows the meeting
 * at the same wall-clock time across a daylight-saving change and a recurring series would follow Helsinki's
 * rules. An activity in a fixed-offset zone (e.g. {@code UTC}) is written in UTC without a VTIMEZONE. The
 * UID is stable per activity, so a resent invitation updates the same calendar entry instead of adding a
 * second one.
 */
final class CalendarInvites {

    /** ical4j's registry of VTIMEZONE definitions; its lookups are cached and thread-safe. */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarInvites() {
    }

    /**
     * The invitation as iCalendar text (CRLF line endings, folded by ical4j).
     *
     * @throws IllegalArgumentException if ical4j has no VTIMEZONE for the activity's zone
     */
    static String request(ActivityDue activity, String domain, Instant stamp) {
        Optional<VTimeZone> zone = vTimeZone(activity.zone());
        VEvent event = zone.isPresent()
                ? new VEvent(inZoneOf(activity.startInstant(), zone.get()), inZoneOf(activity.endInstant(), zone.get()),
                        activity.title())
                : new VEvent(activity.startInstant(), activity.endInstant(), activity.title());
        event.replace(new DtStamp(stamp));
        event.add(new Uid(activity.id() + "@" + domain));
        event.add(new Sequence(0));
        event.add(new Location(activity.location()));
        event.add(new Organizer(new ParameterList(List.of(new Cn(quoteSafe(activity.organiser().name())))),
                mailto(activity.organiser())));
        for (Recipient attendee : activity.attendees()) {
            List<Parameter> params = new ArrayList<>();
            params.add(new Cn(quoteSafe(attendee.name())));
            params.add(Role.REQ_PARTICIPANT);
            params.add(PartStat.NEEDS_ACTION);
            params.add(new Rsvp(true));
            event.add(new Attendee(new ParameterList(params), mailto(attendee)));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Hoitomalli//Reminders//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.REQUEST);
        zone.ifPresent(calendar::add);
        calendar.add(event);
        return calendar.toString();
    }

    /**
     * The instant as a local time in the VTIMEZONE's own zone, so that DTSTART/DTEND name the TZID the
     * calendar carries: the registry may answer with an equivalent zone (e.g. Europe/Berlin for
     * Europe/Stockholm, whose rules are the same), and a TZID without its VTIMEZONE would leave clients
     * guessing.
     */
    private static ZonedDateTime inZoneOf(Instant instant, VTimeZone zone) {
        String tzid = zone.getTimeZoneId().getValue();
        try {
            return instant.atZone(ZoneId.of(tzid));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("iCalendar time zone " + tzid + " is not a java.time zone", e);
        }
    }

    /** The zone's VTIMEZONE from the registry; empty for a fixed offset (written in UTC instead). */
    private static Optional<VTimeZone> vTimeZone(ZoneId zone) {
        if (zone instanceof ZoneOffset || zone.normalized() instanceof ZoneOffset) {
            return Optional.empty();
        }
        TimeZone timeZone = ZONES.getTimeZone(zone.getId());
        if (timeZone == null) {
            throw new IllegalArgumentException("no iCalendar time zone definition for " + zone.getId());
        }
        return Optional.of(timeZone.getVTimeZone());
    }

    private static URI mailto(Recipient recipient) {
        return URI.create("mailto:" + recipient.address().value());
    }

    /** Parameter values may not hold a double quote (RFC 5545 §3.1). */
    private static String quoteSafe(String name) {
        return name.replace('"', '\'');
    }
}
