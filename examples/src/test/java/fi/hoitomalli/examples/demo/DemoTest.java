package fi.hoitomalli.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.reference.VantaaReference;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
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
    void everySentReminderIsSavedAsAParsableEml() throws Exception {
        assertTrue(result.reminders().sent() > 0, "nothing was sent");
        assertEquals(0, result.reminders().failed());
        assertEquals(result.reminders().evaluated(), result.reminders().sent());
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
