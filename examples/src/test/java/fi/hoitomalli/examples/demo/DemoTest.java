package fi.hoitomalli.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.reminder.ReminderKind;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Runs the demo once, in-process, into a temporary folder (embedded H2, reminders to the in-process SMTP
 * server) and checks what it printed and wrote against the Vantaa reference data.
 */
class DemoTest {

    @TempDir
    static Path folder;

    private static DemoResult result;
    private static String report;

    @BeforeAll
    static void runTheDemo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        result = new DemoRun(DemoOptions.defaults().withOutput(folder.resolve("out")), false, out).run();
        report = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ykm_theReferenceCityIsStoredAndReadBackWhole() {
        assertEquals(VantaaReference.HEADCOUNT, result.city().customers());
        assertEquals(VantaaReference.HEADCOUNT, result.city().storedCustomers());
        assertEquals(VantaaReference.SUPERVISORS, result.city().supervisors());
        assertEquals(41, result.city().secretaries());
        assertEquals(6, result.city().teams());
        assertTrue(report.contains("11,416 customers"), report);
        assertTrue(report.contains("read back from the database: 11,416 customers"), report);
    }

    @Test
    void ykm_everySecretaryHasOneBalancedPot() {
        assertEquals(41, result.pots().pots());
        assertTrue(result.pots().maxDeviation() < 5, "largest deviation " + result.pots().maxDeviation());
        assertTrue(report.contains("41 pots"), report);
    }

    @Test
    void ph_everyTeamsPhoneHoursAreProvenOptimalAndBreakNoRule() {
        List<PhoneStep.TeamPhoneFacts> teams = result.phone().teams();
        assertEquals(List.of("T1", "T2", "T3", "T4", "T5", "T6"), teams.stream().map(PhoneStep.TeamPhoneFacts::team).toList());
        for (PhoneStep.TeamPhoneFacts team : teams) {
            assertTrue(team.proven(), team.toString());
            assertEquals(team.upperBound(), team.objective(), team.toString());
            assertEquals(0, team.violations(), team.toString());
            assertTrue(team.datedWindows() > 200 * 4, team.toString());
        }
    }

    @Test
    void ph7_whoAnswersNowFollowsWindowsSubstitutionAndHolidays() {
        List<String> answers = result.phone().answers();
        assertTrue(answers.get(0).startsWith("answered by own secretary"), answers.get(0));
        assertTrue(answers.get(1).startsWith("voicemail, next window"), answers.get(1));
        assertTrue(answers.get(2).startsWith("answered by substitute pair"), answers.get(2));
        assertTrue(answers.get(3).startsWith("closed, next window"), answers.get(3));
    }

    @Test
    void theTimetableCsvHasOneRowPerDatedWindow() throws Exception {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        int rows = 0;
        for (PhoneStep.TeamPhoneFacts team : result.phone().teams()) {
            Path file = result.output().resolve("phone-hours/" + team.team() + ".csv");
            try (MappingIterator<Map<String, String>> it = csv.readerFor(Map.class).with(schema).readValues(file.toFile())) {
                List<Map<String, String>> all = it.readAll();
                assertEquals(team.datedWindows(), all.size(), file.toString());
                assertTrue(all.get(0).keySet().containsAll(List.of("date", "secretary", "start", "end", "answeredBy")));
                rows += all.size();
            }
        }
        assertEquals(result.phone().plans().stream().mapToInt(p -> p.windows().size()).sum(), rows);
    }

    @Test
    void everySecretaryHasAnIcsCalendarWithHerWindows() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(result.output().resolve("phone-hours/ics"))) {
            files = list.filter(f -> f.toString().endsWith(".ics")).toList();
        }
        assertEquals(41, files.size());
        assertEquals(41, result.phone().calendars());
        int events = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                Calendar calendar = new CalendarBuilder().build(in);
                List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
                assertFalse(vevents.isEmpty(), file.toString());
                events += vevents.size();
            }
        }
        assertEquals(result.phone().plans().stream().mapToInt(p -> p.windows().size()).sum(), events);
    }

    @Test
    void gr_inquiriesAreDecidedByDifferentGroundRules() {
        assertEquals(List.of("GR-2", "GR-2", "GR-13", "GR-14", "CP-1", "CP-2", "GR-16"), result.rules());
    }

    @Test
    void forms_theInvalidInputIsRejectedInFinnishAndTheValidOnesAreSummarised() {
        assertEquals(12, result.forms().feedback());
        assertEquals(3, result.forms().situations());
        assertEquals(3, result.forms().rejectedViolations());
        assertTrue(report.contains("Palautteen teksti on pakollinen"), report);
        assertEquals(12, result.forms().summaryTotal());
        assertTrue(result.forms().sqlSummaryAgrees(), "the database's summary differs from the in-memory one");
        assertTrue(result.forms().agendaItems() > 0);
    }

    @Test
    void theSummaryJsonParsesBackIntoTheLibrarysType() throws Exception {
        ObjectMapper mapper = HoitomalliModule.newObjectMapper();
        Path file = result.output().resolve("summaries/feedback-H1-2027.json");
        FeedbackSummary summary = mapper.readValue(file.toFile(), FeedbackSummary.class);
        assertEquals(result.forms().summaryTotal(), summary.total().count());
        assertEquals(result.forms().summaryOverdue(), summary.total().overdue());
        JsonNode plans = mapper.readTree(result.output().resolve("account-plans-2027.json").toFile());
        assertEquals(6, plans.size());
        assertEquals(6, result.accountPlans());
    }

    @Test
    void theAnnualClockSvgIsWellFormedXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = factory.newDocumentBuilder().parse(result.output().resolve("annual-clock-2027.svg").toFile());
        assertEquals("svg", svg.getDocumentElement().getLocalName() == null
                ? svg.getDocumentElement().getTagName() : svg.getDocumentElement().getLocalName());
        assertTrue(result.clockActivities() > 0);
    }

    @Test
    void section7_theClockIsRecordedInTheStoreWithWhatWasHeldBeforeToday() {
        assertTrue(report.contains("   " + result.clockActivities() + " dated activities recorded in the clock store;"),
                report);
        assertTrue(report.contains("cancelled: city/AT-"), report);
    }

    @Test
    void everySentReminderIsSavedAsAParsableEml() throws Exception {
        assertTrue(result.reminders().sent() > 0, "nothing was sent");
        assertEquals(0, result.reminders().failed());
        assertEquals(result.reminders().evaluated(), result.reminders().sent());
        assertEquals(Set.of(ReminderKind.ACTIVITY_INVITATION, ReminderKind.CALL_BACK_PROMISE,
                ReminderKind.FEEDBACK_RESPONSE, ReminderKind.PLAN_ACTION, ReminderKind.INTRANET_DIGEST),
                result.reminders().byKind().keySet());
        // one unanswered-feedback reminder per unanswered feedback, one plan-action reminder per sector
        assertEquals(6, result.reminders().byKind().get(ReminderKind.FEEDBACK_RESPONSE));
        assertEquals(6, result.reminders().byKind().get(ReminderKind.PLAN_ACTION));
        List<Path> emls;
        try (Stream<Path> files = Files.list(result.reminders().emails())) {
            emls = files.filter(f -> f.toString().endsWith(".eml")).toList();
        }
        assertEquals(result.reminders().sent(), emls.size());
        Session session = Session.getInstance(new Properties());
        for (Path eml : emls) {
            try (InputStream in = Files.newInputStream(eml)) {
                MimeMessage message = new MimeMessage(session, in);
                assertFalse(message.getSubject().isBlank());
                assertTrue(message.getAllRecipients().length > 0);
            }
        }
    }

    @Test
    void aSecondRunEmptiesTheFolderItMade() throws Exception {
        Path out = folder.resolve("again");
        assertFalse(OutputFolder.reset(out), "a new folder has nothing to remove");
        Files.writeString(out.resolve("old-artefact.json"), "{}");
        assertTrue(OutputFolder.reset(out));
        assertFalse(Files.exists(out.resolve("old-artefact.json")));
        assertTrue(Files.exists(out.resolve(OutputFolder.MARKER)));
    }

    @Test
    void aForeignNonEmptyFolderIsNeverEmptied() throws Exception {
        Path foreign = folder.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("precious.txt"), "keep me");
        assertThrows(IllegalStateException.class, () -> OutputFolder.reset(foreign));
        assertTrue(Files.exists(foreign.resolve("precious.txt")));
    }
}
