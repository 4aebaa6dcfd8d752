package fi.hoitomalli.examples.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.mail.MailReminders;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.reminder.CollectedFacts;
import fi.hoitomalli.reminder.DueFactCollector;
import fi.hoitomalli.reminder.DueFacts;
import fi.hoitomalli.reminder.IntranetItem;
import fi.hoitomalli.reminder.IntranetUpdate;
import fi.hoitomalli.reminder.RecipientDirectory;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.reminder.ReminderDispatcher;
import fi.hoitomalli.reminder.ReminderEvaluation;
import fi.hoitomalli.reminder.ReminderKind;
import fi.hoitomalli.reminder.ReminderOutbox;
import fi.hoitomalli.reminder.ReminderPolicy;
import fi.hoitomalli.reminder.RetryPolicy;
import fi.hoitomalli.reminder.Unreached;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.segment.InSector;
import fi.hoitomalli.segment.Audience;
import fi.hoitomalli.segment.SpeaksLanguage;
import fi.hoitomalli.team.ServiceCentre;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Step: what is due to whom (muistutukset) — collected by the library's {@link DueFactCollector} from the
 * annual clock, the unanswered feedback, the call-back promises, the account plans' actions and an intranet
 * update for a segment — evaluated, queued in an outbox and delivered through the mail adapter to an
 * in-process SMTP server (GreenMail), or written by
 * the adapter's dry-run channel. Every message that arrived is saved as {@code .eml}.
 */
final class ReminderStep {

    private final DemoContext context;
    private final JdbcStores stores;
    private final boolean dryRun;

    ReminderStep(DemoContext context, JdbcStores stores, boolean dryRun) {
        this.context = context;
        this.stores = stores;
        this.dryRun = dryRun;
    }

    /** The reminders evaluated and what became of them. */
    record ReminderFacts(int evaluated, Map<ReminderKind, Integer> byKind, int sent, int failed, int emlFiles,
                         Path emails) {
    }

    ReminderFacts run(AnnualClock clock, List<FeedbackReport> feedback, List<CallbackPromise.Open> promises,
                      List<AccountPlan> plans) {
        context.section("7. Reminders collected, evaluated and delivered");
        ServiceCentre centre = context.city().serviceCentre();
        DueFactCollector collector = new DueFactCollector(RecipientDirectory.of(centre), context.calendar().zone());
        CallbackPromises promiseStore = stores.callbackPromises();
        promises.forEach(promiseStore::add);
        CollectedFacts collected = collector.activities(clock)
                .plus(collector.feedback(feedback, centre))
                .plus(collector.callBacks(promiseStore, centre))
                .plus(intranetUpdate(collector));
        for (AccountPlan plan : plans) {
            collected = collected.plus(collector.planActions(plan, plan.subject()));
        }
        DueFacts facts = collected.facts();
        ReminderEvaluation evaluation = new ReminderEvaluation(context.clock(), context.calendar(),
                ReminderPolicy.vantaaDefault());
        ReminderOutbox outbox = stores.reminderOutbox();
        ReminderEvaluation.EnqueueResult queued = evaluation.enqueue(facts, outbox);
        Map<ReminderKind, Integer> byKind = new EnumMap<>(ReminderKind.class);
        evaluation.evaluate(facts).forEach(r -> byKind.merge(r.key().kind(), 1, Integer::sum));
        context.line("   due facts: %d activity invitations (the year's clock), %d unanswered feedback, %d call-back "
                        + "promises, %d plan actions, %d intranet update(s) to %d supervisors;%n   left out and reported by the "
                        + "collector (groups such as the sectors' HR units have no address in the centre): %s",
                facts.activities().size(), facts.feedback().size(), facts.callBacks().size(), facts.planActions().size(),
                facts.updates().size(), facts.updates().stream().mapToInt(u -> u.recipients().size()).sum(),
                unreachable(collected));
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

    private static String unreachable(CollectedFacts collected) {
        Map<Unreached.Reason, Long> byReason = new EnumMap<>(Unreached.Reason.class);
        collected.unreached().forEach(u -> byReason.merge(u.reason(), 1L, Long::sum));
        return byReason.isEmpty() ? "nobody" : byReason.toString();
    }

    /**
     * An intranet update for a segment (SEG-2): the new annual-leave instructions, published on the previous
     * working day for the supervisors of Swedish-speaking customers in leisure services, in the day's digest.
     */
    private CollectedFacts intranetUpdate(DueFactCollector collector) {
        LocalDate yesterday = context.today().minusDays(1);
        while (!context.calendar().isWorkingDay(yesterday)) {
            yesterday = yesterday.minusDays(1);
        }
        IntranetItem item = new IntranetItem("INTRA-" + context.year() + "-LOMAT", "Vuosilomaohje päivitetty",
                "https://intra.vantaa.fi/hr/vuosilomat", "Kesälomien siirrot ja säästövapaat: uusi ohje esimiehille.");
        return collector.intranetUpdate(item, IntranetUpdate.Importance.NORMAL,
                yesterday.atTime(10, 0).atZone(context.calendar().zone()).toInstant(),
                Audience.of(new InSector(VantaaReference.VAPA).and(new SpeaksLanguage(Language.SV))),
                context.city().customerBase());
    }
}
