package fi.hoitomalli.mail;

import fi.hoitomalli.reminder.ActivityDue;
import fi.hoitomalli.reminder.Recipient;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
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
 * iCalendar {@code METHOD:REQUEST} events for annual-clock activities, built with ical4j. Times are written
 * in UTC (no VTIMEZONE needed; every calendar client shows them in its own zone). The UID is stable per
 * activity, so a resent invitation updates the same calendar entry instead of adding a second one.
 */
final class CalendarInvites {

    private CalendarInvites() {
    }

    /** The invitation as iCalendar text (CRLF line endings, folded by ical4j). */
    static String request(ActivityDue activity, String domain, Instant stamp) {
        VEvent event = new VEvent(activity.startInstant(), activity.endInstant(), activity.title());
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
        calendar.add(event);
        return calendar.toString();
    }

    private static URI mailto(Recipient recipient) {
        return URI.create("mailto:" + recipient.address().value());
    }

    /** Parameter values may not hold a double quote (RFC 5545 §3.1). */
    private static String quoteSafe(String name) {
        return name.replace('"', '\'');
    }
}
