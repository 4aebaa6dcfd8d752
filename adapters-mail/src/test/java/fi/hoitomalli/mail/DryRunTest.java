package fi.hoitomalli.mail;

import static fi.hoitomalli.mail.MailFixtures.ASA;
import static fi.hoitomalli.mail.MailFixtures.MAIJA;
import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.reminder.DeliveryOutcome;
import fi.hoitomalli.reminder.DueFacts;
import fi.hoitomalli.reminder.IntranetItem;
import fi.hoitomalli.reminder.IntranetUpdate;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.testkit.MutableClock;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dry run writes exactly the messages SMTP would carry to .eml files. */
class DryRunTest {

    @Test
    void dryRunRendersEachReminderToAnEmlFileNamedAfterItsMessageId(@TempDir Path dir) throws Exception {
        MutableClock clock = MailFixtures.clockAt("2027-03-02T15:00");
        List<Reminder> due = MailFixtures.evaluation(clock).evaluate(DueFacts.none().withUpdates(List.of(
                new IntranetUpdate(new IntranetItem("u1", "Lomakauden ohjeet", "https://intra.vantaa.fi/u1", ""),
                        IntranetUpdate.Importance.NORMAL, MailFixtures.at("2027-03-02T10:00"), List.of(MAIJA, ASA)))));
        ReminderChannel dryRun = MailFixtures.builder(clock).buildDryRun(dir);

        List<DeliveryOutcome> outcomes = dryRun.sendAll(due);
        assertThat(outcomes).hasSize(2).allMatch(DeliveryOutcome.Delivered.class::isInstance);
        dryRun.sendAll(due);
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.sorted().toList();
        }
        assertThat(files).as("a resend overwrites the same file").hasSize(2)
                .allMatch(f -> f.getFileName().toString().matches("intranet_digest-[0-9a-f]{32}\\.eml"));
        MimeMessage parsed;
        try (InputStream in = Files.newInputStream(files.get(0))) {
            parsed = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(List.of(((DeliveryOutcome.Delivered) outcomes.get(0)).messageId(),
                ((DeliveryOutcome.Delivered) outcomes.get(1)).messageId())).contains(parsed.getMessageID());
        assertThat(parsed.getSubject()).isIn("Intranetin päivitykset 2.3.2027 (1)", "Uppdateringar på intranätet 2 mars 2027 (1)");
        assertThat(MailFixtures.parts(parsed)).extracting(MailFixtures.Part::contentType)
                .anySatisfy(t -> assertThat(t).startsWith("text/plain"))
                .anySatisfy(t -> assertThat(t).startsWith("text/html"));
    }
}
