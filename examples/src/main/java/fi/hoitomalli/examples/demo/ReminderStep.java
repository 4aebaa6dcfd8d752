package fi.hoitomalli.examples.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.Occurrence;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.mail.MailReminders;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.reminder.ActivityDue;
import fi.hoitomalli.reminder.CallBackDue;
import fi.hoitomalli.reminder.DueFacts;
import fi.hoitomalli.reminder.FeedbackDue;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.reminder.ReminderDispatcher;
import fi.hoitomalli.reminder.ReminderEvaluation;
import fi.hoitomalli.reminder.ReminderKind;
import fi.hoitomalli.reminder.ReminderOutbox;
import fi.hoitomalli.reminder.ReminderPolicy;
import fi.hoitomalli.reminder.RetryPolicy;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import fi.hoitomalli.testkit.InMemoryReminderOutbox;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step: what is due to whom (muistutukset) — invitations to the annual clock's activities of the next
 * working days, feedback near or past its response date, call-back promises — evaluated, queued in an
 * outbox and delivered through the mail adapter to an in-process SMTP server (GreenMail), or written by
 * the adapter's dry-run channel. Every message that arrived is saved as {@code .eml}.
 */
final class ReminderStep {

    private static final int LOOK_AHEAD_WORKING_DAYS = 10;

    private final DemoContext context;
    private final boolean dryRun;

    ReminderStep(DemoContext context, boolean dryRun) {
        this.context = context;
        this.dryRun = dryRun;
    }

    /** The reminders evaluated and what became of them. */
    record ReminderFacts(int evaluated, Map<ReminderKind, Integer> byKind, int sent, int failed, int emlFiles,
                         Path emails) {
    }

    ReminderFacts run(AnnualClock clock, List<FeedbackReport> feedback, List<CallbackPromise.Open> promises) {
        context.section("7. Reminders evaluated and delivered");
        DueFacts facts = DueFacts.none()
                .withActivities(activities(clock))
                .withFeedback(feedback(feedback))
                .withCallBacks(callBacks(promises));
        ReminderEvaluation evaluation = new ReminderEvaluation(context.clock(), context.calendar(),
                ReminderPolicy.vantaaDefault());
        // the JDBC outbox arrives with the adapter's next schema version; the testkit's outbox passes the same contract
        ReminderOutbox outbox = new InMemoryReminderOutbox();
        ReminderEvaluation.EnqueueResult queued = evaluation.enqueue(facts, outbox);
        Map<ReminderKind, Integer> byKind = new EnumMap<>(ReminderKind.class);
        evaluation.evaluate(facts).forEach(r -> byKind.merge(r.key().kind(), 1, Integer::sum));
        context.line("   due facts: %d activities in the next %d working days, %d feedback, %d call-back promises",
                facts.activities().size(), LOOK_AHEAD_WORKING_DAYS, facts.feedback().size(), facts.callBacks().size());
        context.line("   reminders due now: %d %s", queued.added(), byKind);
        Path emails = context.output().resolve("emails");
        long started = context.progress(dryRun ? "writing them with the dry-run channel"
                : "sending them to an in-process SMTP server (GreenMail)");
        ReminderDispatcher.DispatchReport report = dryRun ? deliverDryRun(outbox, emails)
                : deliverSmtp(outbox, emails);
        context.done(started);
        int files = countEml(emails);
        context.line("   sent %d, failed %d; %d messages saved as .eml in %s", report.sent(), report.failed(), files,
                context.output().relativize(emails));
        return new ReminderFacts(queued.added(), byKind, report.sent(), report.failed(), files, emails);
    }

    private ReminderDispatcher.DispatchReport deliverDryRun(ReminderOutbox outbox, Path emails) {
        ReminderChannel channel = mail().buildDryRun(emails);
        return dispatcher(outbox, channel).drain(100);
    }

    private ReminderDispatcher.DispatchReport deliverSmtp(ReminderOutbox outbox, Path emails) {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        try {
            ReminderChannel channel = mail().server("127.0.0.1", greenMail.getSmtp().getPort())
                    .security(MailReminders.Security.NONE)
                    .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30))
                    .build();
            ReminderDispatcher.DispatchReport report = dispatcher(outbox, channel).drain(100);
            saveReceived(greenMail.getReceivedMessages(), emails);
            return report;
        } finally {
            greenMail.stop();
        }
    }

    private MailReminders.Builder mail() {
        return MailReminders.builder()
                .from(new EmailAddress("hoitomalli@vantaa.fi"), "Hoitomalli")
                .messageIdDomain("demo.hoitomalli.vantaa.fi")
                .zone(context.calendar().zone())
                .clock(context.clock());
    }

    private ReminderDispatcher dispatcher(ReminderOutbox outbox, ReminderChannel channel) {
        return new ReminderDispatcher(outbox, channel, context.clock(), "demo", Duration.ofMinutes(5), 50,
                RetryPolicy.standard());
    }

    private static void saveReceived(MimeMessage[] messages, Path emails) {
        try {
            Files.createDirectories(emails);
            // the server keeps one copy per recipient (a copied team lead gets the same message): save each once
            java.util.Set<String> seen = new java.util.HashSet<>();
            int n = 0;
            for (MimeMessage message : messages) {
                if (!seen.add(message.getMessageID())) {
                    continue;
                }
                try (OutputStream out = Files.newOutputStream(emails.resolve(String.format("%03d.eml", ++n)))) {
                    message.writeTo(out);
                }
            }
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("could not save the received messages: " + e.getMessage(), e);
        }
    }

    private static int countEml(Path emails) {
        if (!Files.isDirectory(emails)) {
            return 0;
        }
        try (var files = Files.list(emails)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".eml")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ActivityDue> activities(AnnualClock clock) {
        LocalDate until = context.calendar().plusWorkingDays(context.today(), LOOK_AHEAD_WORKING_DAYS);
        List<ActivityDue> due = new ArrayList<>();
        for (Occurrence occurrence : clock.occurrences()) {
            if (occurrence.start().isEmpty() || occurrence.date().isBefore(context.today())
                    || occurrence.date().isAfter(until)) {
                continue;
            }
            ActivityTemplate template = clock.template(occurrence.template()).orElseThrow();
            List<Recipient> people = occurrence.people().stream().map(this::recipient).flatMap(Optional::stream).toList();
            Optional<Recipient> organiser = recipient(template.owner());
            if (people.isEmpty() || organiser.isEmpty()) {
                continue;
            }
            LocalDateTime start = occurrence.date().atTime(occurrence.start().get());
            due.add(new ActivityDue(template.id().value(), template.title().fi(), start,
                    start.plus(occurrence.duration()), context.calendar().zone(), "Teams", organiser.get(), people));
        }
        return due;
    }

    private List<FeedbackDue> feedback(List<FeedbackReport> records) {
        ServiceCentre centre = context.city().serviceCentre();
        return records.stream().filter(r -> r instanceof FeedbackReport.Received).map(r -> new FeedbackDue(
                r.id().value(), secretary(r.details().recorder()),
                staff(centre.teamOf(r.details().recorder()).lead()).orElseThrow(),
                r.details().dueDate(), r.details().text())).toList();
    }

    private List<CallBackDue> callBacks(List<CallbackPromise.Open> promises) {
        ServiceCentre centre = context.city().serviceCentre();
        return promises.stream().map(p -> new CallBackDue(p.terms().id().value(), secretary(p.terms().holder()),
                staff(centre.teamOf(p.terms().holder()).lead()).orElseThrow(), p.terms().due(),
                "Lupaus soittaa takaisin")).toList();
    }

    private Optional<Recipient> recipient(Participant participant) {
        String value = participant.value();
        if (value.startsWith("secretary:")) {
            return Optional.of(secretary(new SecretaryId(value.substring("secretary:".length()))));
        }
        if (value.startsWith("staff:")) {
            return staff(new StaffId(value.substring("staff:".length())));
        }
        return Optional.empty();
    }

    private Recipient secretary(SecretaryId id) {
        var secretary = context.city().serviceCentre().secretary(id).orElseThrow();
        return new Recipient(secretary.name(), secretary.email(), secretary.language());
    }

    private Optional<Recipient> staff(StaffId id) {
        Optional<StaffMember> member = context.city().serviceCentre().staff(id);
        return member.map(m -> new Recipient(m.name(), m.email(), m.language()));
    }
}
