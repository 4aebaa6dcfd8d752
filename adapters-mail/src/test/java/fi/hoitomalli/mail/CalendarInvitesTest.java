package fi.hoitomalli.mail;

import static fi.hoitomalli.mail.MailFixtures.HKI;
import static fi.hoitomalli.mail.MailFixtures.JOHN;
import static fi.hoitomalli.mail.MailFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.reminder.ActivityDue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The invitation's times: local to the activity's zone with {@code TZID=Europe/Helsinki} and that zone's
 * VTIMEZONE in the calendar, parsed back with ical4j — also in the weeks when Finland changes to and from
 * summer time (last Sunday of March and of October; in 2027 the 28th of March and the 31st of October).
 */
class CalendarInvitesTest {

    private static final Instant STAMP = Instant.parse("2027-03-01T06:00:00Z");
    private static final DateTimeFormatter ICAL_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    static ActivityDue activity(String start, String end, ZoneId zone) {
        return new ActivityDue("acct-team-1", "Account team", LocalDateTime.parse(start), LocalDateTime.parse(end),
                zone, "Kielotie 13", LEAD, List.of(JOHN));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    static VTimeZone vTimeZone(Calendar calendar) {
        return calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow(
                () -> new AssertionError("no VTIMEZONE in the calendar"));
    }

    static String tzid(Property property) {
        return property.getParameter(Parameter.TZID).map(Parameter::getValue).orElse("(none)");
    }

    @ParameterizedTest(name = "{0} {1}–{2} is {3} at {4}Z")
    @CsvSource({
        // before the change to summer time: EET, UTC+2
        "2027-03-26T09:00, 2027-03-26T10:30, +02:00, 2027-03-26T07:00, 2027-03-26T08:30",
        // the Sunday of the change itself (03:00 EET → 04:00 EEST), and the Monday after: UTC+3
        "2027-03-28T10:00, 2027-03-28T11:00, +03:00, 2027-03-28T07:00, 2027-03-28T08:00",
        "2027-03-29T09:00, 2027-03-29T10:30, +03:00, 2027-03-29T06:00, 2027-03-29T07:30",
        // the Saturday before the change back (UTC+3), the Sunday of it and the Monday after (UTC+2)
        "2027-10-30T09:00, 2027-10-30T10:30, +03:00, 2027-10-30T06:00, 2027-10-30T07:30",
        "2027-10-31T10:00, 2027-10-31T11:00, +02:00, 2027-10-31T08:00, 2027-10-31T09:00",
        "2027-11-01T09:00, 2027-11-01T10:30, +02:00, 2027-11-01T07:00, 2027-11-01T08:30",
    })
    void localTimesWithTzidAndTheZonesVTimeZone_PH10(String start, String end, String offset, String utcStart,
                                                     String utcEnd) throws Exception {
        Calendar calendar = parse(CalendarInvites.request(activity(start, end, HKI), "hoitomalli.test", STAMP));
        VEvent event = event(calendar);
        Property dtStart = event.getProperty(Property.DTSTART).orElseThrow();
        Property dtEnd = event.getProperty(Property.DTEND).orElseThrow();

        // the wall-clock time of the meeting, not UTC
        assertThat(dtStart.getValue()).isEqualTo(LocalDateTime.parse(start).format(ICAL_LOCAL));
        assertThat(dtEnd.getValue()).isEqualTo(LocalDateTime.parse(end).format(ICAL_LOCAL));
        assertThat(tzid(dtStart)).isEqualTo("Europe/Helsinki");
        assertThat(tzid(dtEnd)).isEqualTo("Europe/Helsinki");

        // the embedded VTIMEZONE is Helsinki's and its rules give the right offset on that day
        VTimeZone zone = vTimeZone(calendar);
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Helsinki");
        assertThat(zone.getApplicableObservance(LocalDateTime.parse(utcStart).atOffset(ZoneOffset.UTC))
                .getTimeZoneOffsetTo().getOffset())
                .isEqualTo(ZoneOffset.of(offset));

        // and what a client computes from the parsed calendar is the meeting's instant
        ZonedDateTime parsedStart = (ZonedDateTime) ((DateProperty<?>) dtStart).getDate();
        ZonedDateTime parsedEnd = (ZonedDateTime) ((DateProperty<?>) dtEnd).getDate();
        assertThat(parsedStart.toLocalDateTime()).isEqualTo(LocalDateTime.parse(start));
        assertThat(parsedStart.toInstant()).isEqualTo(LocalDateTime.parse(utcStart).toInstant(ZoneOffset.UTC));
        assertThat(parsedEnd.toInstant()).isEqualTo(LocalDateTime.parse(utcEnd).toInstant(ZoneOffset.UTC));
    }

    @Test
    void theVTimeZoneComesBeforeTheEventAndDtStampStaysUtc() throws Exception {
        String ics = CalendarInvites.request(activity("2027-03-29T09:00", "2027-03-29T10:00", HKI), "hoitomalli.test", STAMP);
        assertThat(ics.indexOf("BEGIN:VTIMEZONE")).isPositive().isLessThan(ics.indexOf("BEGIN:VEVENT"));
        assertThat(ics).contains("DTSTART;TZID=Europe/Helsinki:20270329T090000\r\n")
                .contains("DTSTAMP:20270301T060000Z\r\n")
                .doesNotContain("DTSTART:2027");
        assertThat(parse(ics).getComponents(Component.VTIMEZONE)).hasSize(1);
    }

    @Test
    void aFixedOffsetZoneIsWrittenInUtcWithoutVTimeZone() throws Exception {
        Calendar calendar = parse(CalendarInvites.request(
                activity("2027-03-29T09:00", "2027-03-29T10:00", ZoneOffset.UTC), "hoitomalli.test", STAMP));
        assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
        assertThat(event(calendar).getProperty(Property.DTSTART).map(Property::getValue)).contains("20270329T090000Z");
    }

    @Test
    void anotherRegionGetsTheRegistrysDefinition_andTzidMatchesTheVTimeZone() throws Exception {
        // ical4j's registry serves Europe/Stockholm with its alias Europe/Berlin (the same rules since 1980);
        // what matters is that DTSTART names the VTIMEZONE the calendar carries and the instant is right
        Calendar calendar = parse(CalendarInvites.request(
                activity("2027-03-29T09:00", "2027-03-29T10:00", ZoneId.of("Europe/Stockholm")), "hoitomalli.test", STAMP));
        Property dtStart = event(calendar).getProperty(Property.DTSTART).orElseThrow();
        assertThat(dtStart.getValue()).isEqualTo("20270329T090000");
        assertThat(tzid(dtStart)).isEqualTo(vTimeZone(calendar).getTimeZoneId().getValue());
        assertThat(((ZonedDateTime) ((DateProperty<?>) dtStart).getDate()).toInstant())
                .isEqualTo(Instant.parse("2027-03-29T07:00:00Z"));
    }
}
