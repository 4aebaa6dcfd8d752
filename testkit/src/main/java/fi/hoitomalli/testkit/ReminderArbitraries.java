package fi.hoitomalli.testkit;

import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.reminder.ActivityDue;
import fi.hoitomalli.reminder.CallBackDue;
import fi.hoitomalli.reminder.DeliveryState;
import fi.hoitomalli.reminder.FeedbackDue;
import fi.hoitomalli.reminder.IntranetItem;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.PlanActionDue;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderContent;
import fi.hoitomalli.reminder.ReminderKey;
import fi.hoitomalli.reminder.ReminderKind;
import fi.hoitomalli.reminder.ReminderStage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * jqwik arbitraries for reminders: recipients in fi/sv/en, keys, every kind of content, whole reminders,
 * delivery states and outbox entries. Registered as an {@link ArbitraryProvider}, so {@code @ForAll Reminder}
 * works without further setup; {@link ReminderDomain} offers the same as a domain context.
 */
public final class ReminderArbitraries implements ArbitraryProvider {

    private static final Instant BASE = Instant.parse("2027-01-01T00:00:00Z");
    private static final List<String> FIRST = List.of("Maija", "Åsa", "Jukka", "Päivi", "Erik", "Anna-Liisa", "Mohamed");
    private static final List<String> LAST = List.of("Meikäläinen", "Öberg", "Virtanen", "Lindström", "Korhonen", "Ali");
    private static final List<String> TITLES = List.of("Palkanmaksun aikataulu", "Lomakauden ohjeet",
            "Ny lönekalender", "Steering group meeting", "Työaikapankki <uudistus> & \"FAQ\"", "Q&A: vuosiloma");

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(Reminder.class) || targetType.isOfType(ReminderKey.class)
                || targetType.isOfType(Recipient.class) || targetType.isOfType(ReminderContent.class)
                || targetType.isOfType(DeliveryState.class) || targetType.isOfType(OutboxEntry.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(Reminder.class)) {
            return Set.of(reminders());
        }
        if (targetType.isOfType(ReminderKey.class)) {
            return Set.of(keys());
        }
        if (targetType.isOfType(Recipient.class)) {
            return Set.of(recipients());
        }
        if (targetType.isOfType(ReminderContent.class)) {
            return Set.of(contents());
        }
        if (targetType.isOfType(DeliveryState.class)) {
            return Set.of(deliveryStates());
        }
        return Set.of(outboxEntries());
    }

    /** Valid e-mail addresses. */
    public static Arbitrary<EmailAddress> addresses() {
        return Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.of("vantaa.fi", "vanda.fi", "example.org"))
                .as((local, n, domain) -> new EmailAddress(local + "." + n + "@" + domain));
    }

    /** Recipients with Finnish, Swedish and English names and languages. */
    public static Arbitrary<Recipient> recipients() {
        return Combinators.combine(Arbitraries.of(FIRST), Arbitraries.of(LAST), addresses(),
                        Arbitraries.of(Language.class))
                .as((first, last, address, language) -> new Recipient(first + " " + last, address, language));
    }

    /** Ids as used in keys. */
    public static Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1).ofMaxLength(12);
    }

    /** Any reminder key. */
    public static Arbitrary<ReminderKey> keys() {
        return Combinators.combine(Arbitraries.of(ReminderKind.class), ids(), addresses(), ids())
                .as(ReminderKey::new);
    }

    private static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 400L * 24 * 3600).map(BASE::plusSeconds);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 400).map(d -> LocalDate.of(2027, 1, 1).plusDays(d));
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.of("", "Asiakas pyysi soittoa palkkalaskelmasta.", "Ring tillbaka <före> 14 & tack",
                "Line one\nline two");
    }

    /** Intranet items. */
    public static Arbitrary<IntranetItem> items() {
        return Combinators.combine(ids(), Arbitraries.of(TITLES), ids(), texts())
                .as((id, title, path, summary) -> new IntranetItem(id, title, "https://intra.vantaa.fi/" + path, summary));
    }

    /** Content of every kind. */
    public static Arbitrary<ReminderContent> contents() {
        Arbitrary<ReminderContent> digest = Combinators.combine(dates(), items().list().ofMinSize(1).ofMaxSize(4))
                .as(ReminderContent.Digest::new);
        Arbitrary<ReminderContent> urgent = items().map(ReminderContent.UrgentUpdate::new);
        Arbitrary<ReminderContent> invitation = Combinators.combine(ids(), Arbitraries.of(TITLES), dates(),
                        Arbitraries.integers().between(7, 15), recipients(), recipients().list().ofMinSize(1).ofMaxSize(3))
                .as((id, title, day, hour, organiser, attendees) -> new ReminderContent.Invitation(new ActivityDue(id,
                        title, LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)),
                        LocalDateTime.of(day, java.time.LocalTime.of(hour + 1, 30)), ZoneId.of("Europe/Helsinki"),
                        "Kokoushuone Kielo", organiser, attendees)));
        Arbitrary<ReminderContent> callBack = Combinators.combine(ids(), recipients(), recipients(), instants(), texts(),
                        Arbitraries.of(ReminderStage.OVERDUE, ReminderStage.ESCALATED))
                .as((id, s, l, due, note, stage) -> new ReminderContent.CallBack(new CallBackDue(id, s, l, due, note), stage));
        Arbitrary<ReminderContent> feedback = Combinators.combine(ids(), recipients(), recipients(), dates(), texts(),
                        Arbitraries.of(ReminderStage.class))
                .as((id, s, l, due, summary, stage) -> new ReminderContent.Feedback(
                        new FeedbackDue(id, s, l, due, summary), stage));
        Arbitrary<ReminderContent> plan = Combinators.combine(ids(), Arbitraries.of(TITLES), recipients(), dates())
                .as((id, title, owner, due) -> new ReminderContent.PlanAction(
                        new PlanActionDue(id, title, "Sivistystoimi", owner, due)));
        return Arbitraries.oneOf(digest, urgent, invitation, callBack, feedback, plan);
    }

    /** Whole reminders of every kind; the key matches the recipient and content. */
    public static Arbitrary<Reminder> reminders() {
        return Combinators.combine(contents(), recipients(), recipients().list().ofMaxSize(2), ids(), instants())
                .as((content, to, cc, period, due) -> new Reminder(
                        new ReminderKey(content.kind(), subjectOf(content), to.address(), period), to,
                        cc.stream().filter(c -> !c.address().equals(to.address())).toList(), due, content));
    }

    private static String subjectOf(ReminderContent content) {
        if (content instanceof ReminderContent.UrgentUpdate u) {
            return u.item().id();
        }
        if (content instanceof ReminderContent.Invitation i) {
            return i.activity().id();
        }
        if (content instanceof ReminderContent.CallBack c) {
            return c.promise().id();
        }
        if (content instanceof ReminderContent.Feedback f) {
            return f.feedback().id();
        }
        if (content instanceof ReminderContent.PlanAction p) {
            return p.action().id();
        }
        return "digest";
    }

    /** Delivery states of every kind. */
    public static Arbitrary<DeliveryState> deliveryStates() {
        Arbitrary<Integer> attempts = Arbitraries.integers().between(1, 9);
        return Arbitraries.oneOf(
                Combinators.combine(attempts, instants(), Arbitraries.of("", "421 busy").optional())
                        .as((a, at, error) -> new DeliveryState.Pending(a - 1, at,
                                error.filter(e -> !e.isEmpty()))),
                Combinators.combine(ids(), instants(), attempts).as(DeliveryState.Claimed::new),
                Combinators.combine(instants(), attempts).as(DeliveryState.Sent::new),
                Combinators.combine(instants(), Arbitraries.of("550 no such user", "gave up"), attempts)
                        .as(DeliveryState.Failed::new));
    }

    /** Outbox entries in any state. */
    public static Arbitrary<OutboxEntry> outboxEntries() {
        return Combinators.combine(reminders(), deliveryStates()).as(OutboxEntry::new);
    }

}
