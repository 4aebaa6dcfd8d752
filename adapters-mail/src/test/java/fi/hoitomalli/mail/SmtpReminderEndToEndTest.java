package fi.hoitomalli.mail;

import static fi.hoitomalli.mail.MailFixtures.ASA;
import static fi.hoitomalli.mail.MailFixtures.JOHN;
import static fi.hoitomalli.mail.MailFixtures.LEAD;
import static fi.hoitomalli.mail.MailFixtures.MAIJA;
import static fi.hoitomalli.mail.MailFixtures.at;
import static fi.hoitomalli.mail.MailFixtures.part;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.hoitomalli.reminder.ActivityDue;
import fi.hoitomalli.reminder.CallBackDue;
import fi.hoitomalli.reminder.DeliveryStatus;
import fi.hoitomalli.reminder.DueFacts;
import fi.hoitomalli.reminder.FeedbackDue;
import fi.hoitomalli.reminder.IntranetItem;
import fi.hoitomalli.reminder.IntranetUpdate;
import fi.hoitomalli.reminder.PlanActionDue;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.testkit.InMemoryReminderOutbox;
import fi.hoitomalli.testkit.MutableClock;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each reminder kind end to end: evaluation → outbox → dispatcher → SMTP (GreenMail on an ephemeral
 * port), checking recipients, language, subject, both bodies and the iCalendar part.
 */
class SmtpReminderEndToEndTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(MailFixtures.smtpSetup());

    final InMemoryReminderOutbox outbox = new InMemoryReminderOutbox();

    private List<MimeMessage> run(MutableClock clock, DueFacts facts) {
        MailFixtures.evaluation(clock).enqueue(facts, outbox);
        var report = MailFixtures.dispatcher(outbox, MailFixtures.smtp(clock, GREENMAIL.getSmtp().getPort()), clock, "d1")
                .dispatchOnce();
        assertThat(report.sent()).isEqualTo(report.claimed());
        assertThat(outbox.withStatus(DeliveryStatus.PENDING)).isEmpty();
        return Arrays.asList(GREENMAIL.getReceivedMessages());
    }

    private static IntranetUpdate update(String id, String title, String published, IntranetUpdate.Importance importance,
                                         Recipient... to) {
        return new IntranetUpdate(new IntranetItem(id, title, "https://intra.vantaa.fi/uutiset/" + id,
                "Lue lisää: " + title), importance, at(published), List.of(to));
    }

    @Test
    void digest_manyUpdatesForOneSupervisorInADayAreOneEmailListingThemAll() throws Exception {
        MutableClock clock = MailFixtures.clockAt("2027-03-02T15:00");
        List<MimeMessage> received = run(clock, DueFacts.none().withUpdates(List.of(
                update("u1", "Palkanmaksun aikataulu", "2027-03-02T08:10", IntranetUpdate.Importance.NORMAL, MAIJA),
                update("u2", "Työaikapankki <uudistus> & \"FAQ\"", "2027-03-02T10:00", IntranetUpdate.Importance.NORMAL, MAIJA),
                update("u3", "Lomakauden ohjeet", "2027-03-02T12:30", IntranetUpdate.Importance.NORMAL, MAIJA),
                update("u4", "Vuosilomat 2027", "2027-03-02T13:00", IntranetUpdate.Importance.NORMAL, MAIJA),
                update("u5", "Sairauspoissaolot", "2027-03-02T14:00", IntranetUpdate.Importance.NORMAL, MAIJA))));

        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getRecipients(Message.RecipientType.TO)).containsExactly(
                new InternetAddress("maija@vantaa.fi", "Maija Meikäläinen", "UTF-8"));
        assertThat(mail.getSubject()).isEqualTo("Intranetin päivitykset 2.3.2027 (5)");
        assertThat(mail.getHeader("Content-Language")).containsExactly("fi");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        String text = part(mail, "text/plain").body();
        assertThat(text).startsWith("Hei Maija Meikäläinen,").contains("intranetissä on 5 uutta",
                "Palkanmaksun aikataulu", "Työaikapankki <uudistus> & \"FAQ\"", "Lomakauden ohjeet",
                "Vuosilomat 2027", "Sairauspoissaolot", "https://intra.vantaa.fi/uutiset/u3");
        String html = part(mail, "text/html").body();
        assertThat(html).contains("<html lang=\"fi\">",
                "<a href=\"https://intra.vantaa.fi/uutiset/u2\">Työaikapankki &lt;uudistus&gt; &amp; &quot;FAQ&quot;</a>")
                .doesNotContain("<uudistus>");
        assertThat(html.split("<li>", -1)).hasSize(6);
    }

    @Test
    void urgentUpdate_sentAtOnceInSwedish() throws Exception {
        MutableClock clock = MailFixtures.clockAt("2027-03-02T09:31");
        List<MimeMessage> received = run(clock, DueFacts.none().withUpdates(List.of(
                update("u9", "Ny lönekalender", "2027-03-02T09:30", IntranetUpdate.Importance.URGENT, ASA))));
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Brådskande: Ny lönekalender");
            assertThat(mail.getHeader("Content-Language")).containsExactly("sv");
            assertThat(part(mail, "text/plain").body()).startsWith("Hej Åsa Öberg,")
                    .contains("en brådskande uppdatering");
            assertThat(part(mail, "text/html").body()).contains("<html lang=\"sv\">", "Ny lönekalender");
        });
    }

    @Test
    void invitation_carriesAnICalendarRequestThatParsesBack() throws Exception {
        ActivityDue steering = new ActivityDue("sg-1", "Steering group", LocalDateTime.parse("2027-03-31T10:00"),
                LocalDateTime.parse("2027-03-31T11:30"), MailFixtures.HKI, "Room Kielo, Kielotie 13", LEAD,
                List.of(JOHN, MAIJA));
        MutableClock clock = MailFixtures.clockAt("2027-03-22T08:00");
        List<MimeMessage> received = run(clock, DueFacts.none().withActivities(List.of(steering)));
        assertThat(received).hasSize(2);
        MimeMessage johns = GREENMAIL.getReceivedMessagesForDomain("john@vantaa.fi")[0];
        assertThat(johns.getSubject()).isEqualTo("Invitation: Steering group on 31 March 2027");
        assertThat(part(johns, "text/plain").body()).startsWith("Hello John O'Brien,")
                .contains("When: 31 March 2027, 10:00–11:30 (Europe/Helsinki)", "Where: Room Kielo, Kielotie 13");
        assertThat(part(johns, "text/html").body()).contains("Hello John O&#39;Brien,");
        MailFixtures.Part ics = part(johns, "text/calendar");
        assertThat(ics.contentType()).contains("method=REQUEST");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(event.getProperty(Property.SUMMARY).map(Property::getValue)).contains("Steering group");
        assertThat(event.getProperty(Property.UID).map(Property::getValue)).contains("sg-1@" + MailFixtures.DOMAIN);
        assertThat(event.getProperty(Property.LOCATION).map(Property::getValue)).contains("Room Kielo, Kielotie 13");
        // local times in the activity's zone, with its VTIMEZONE (CalendarInvitesTest covers the DST weeks)
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getValue()).isEqualTo("20270331T100000");
        assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Europe/Helsinki");
        assertThat(event.getProperty(Property.DTEND).map(Property::getValue)).contains("20270331T113000");
        assertThat(calendar.getComponent(Component.VTIMEZONE)).isPresent();
        // 31.3.2027 is summer time in Helsinki (UTC+3)
        assertThat(((ZonedDateTime) ((DateProperty<?>) start).getDate()).toInstant())
                .isEqualTo(java.time.Instant.parse("2027-03-31T07:00:00Z"));
        assertThat(event.getProperty(Property.ORGANIZER).map(Property::getValue)).contains("mailto:tiina@vantaa.fi");
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees.stream().map(Property::getValue).toList())
                .containsExactly("mailto:john@vantaa.fi", "mailto:maija@vantaa.fi");

        MimeMessage maijas = GREENMAIL.getReceivedMessagesForDomain("maija@vantaa.fi")[0];
        assertThat(maijas.getSubject()).isEqualTo("Kutsu: Steering group 31.3.2027");
    }

    @Test
    void callBack_escalatedGoesToTheSecretaryWithTheTeamLeadCopied() throws Exception {
        CallBackDue promise = new CallBackDue("cb-7", MAIJA, LEAD, at("2027-03-02T12:00"), "Matti V., lomaraha");
        MutableClock clock = MailFixtures.clockAt("2027-03-05T09:00");
        List<MimeMessage> received = run(clock, DueFacts.none().withCallBacks(List.of(promise)));
        assertThat(received).as("one delivery to each mailbox").hasSize(2);
        MimeMessage mail = GREENMAIL.getReceivedMessagesForDomain("maija@vantaa.fi")[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("maija@vantaa.fi");
        assertThat(mail.getRecipients(Message.RecipientType.CC)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("tiina@vantaa.fi");
        assertThat(mail.getSubject()).isEqualTo("Soittolupaus yhä hoitamatta (erääntyi 2.3.2027)").doesNotContain("Matti");
        assertThat(part(mail, "text/plain").body()).contains("erääntyi 2.3.2027 klo 12.00", "Asia: Matti V., lomaraha",
                "Tunniste: cb-7", "tiiminvetäjällesi Tiina Tiiminvetäjä");
        assertThat(part(mail, "text/html").body()).contains("Asia: Matti V., lomaraha");
    }

    @Test
    void feedback_nearDueInSwedish() throws Exception {
        FeedbackDue fb = new FeedbackDue("fb-3", ASA, LEAD, LocalDate.parse("2027-03-05"), "Kunden var missnöjd");
        MutableClock clock = MailFixtures.clockAt("2027-03-03T08:00");
        List<MimeMessage> received = run(clock, DueFacts.none().withFeedback(List.of(fb)));
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Svar på respons senast 5 mars 2027");
            assertThat(mail.getRecipients(Message.RecipientType.CC)).isNull();
            assertThat(part(mail, "text/plain").body()).contains("ska besvaras senast 5 mars 2027", "Respons: Kunden var missnöjd");
            assertThat(part(mail, "text/html").body()).contains("Respons: Kunden var missnöjd");
        });
    }

    @Test
    void planAction_ownerRemindedInEnglish() throws Exception {
        PlanActionDue action = new PlanActionDue("pa-1", "Supervisor info session", "Education", JOHN,
                LocalDate.parse("2027-03-08"));
        MutableClock clock = MailFixtures.clockAt("2027-03-03T08:00");
        List<MimeMessage> received = run(clock, DueFacts.none().withPlanActions(List.of(action)));
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Action due 8 March 2027: Supervisor info session");
            assertThat(part(mail, "text/plain").body()).contains("account plan Education", "Supervisor info session");
            assertThat(part(mail, "text/html").body()).contains("<strong>Supervisor info session</strong>");
        });
    }
}
