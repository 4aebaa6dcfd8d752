package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.reminder.CallBackDue;
import fi.hoitomalli.reminder.DeliveryStatus;
import fi.hoitomalli.reminder.DueFacts;
import fi.hoitomalli.reminder.FeedbackDue;
import fi.hoitomalli.reminder.IntranetItem;
import fi.hoitomalli.reminder.IntranetUpdate;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderContent;
import fi.hoitomalli.reminder.ReminderEvaluation;
import fi.hoitomalli.reminder.ReminderKind;
import fi.hoitomalli.reminder.ReminderPolicy;
import fi.hoitomalli.reminder.ReminderText;
import fi.hoitomalli.reminder.ReminderTexts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the reminder evaluation: created once per key, at most one digest a day, safe subjects. */
class ReminderEvaluationProperties {

    static final Instant START = Instant.parse("2027-03-01T06:00:00Z");

    @Provide
    Arbitrary<List<IntranetUpdate>> updates() {
        return Combinators.combine(ReminderArbitraries.items(), Arbitraries.of(IntranetUpdate.Importance.class),
                        Arbitraries.longs().between(0, 5L * 24 * 60), ReminderArbitraries.recipients().list().ofMinSize(1).ofMaxSize(3))
                .as((item, importance, minutes, to) -> new IntranetUpdate(item, importance, START.plusSeconds(minutes * 60), to))
                .list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<CallBackDue>> callBacks() {
        return Combinators.combine(ReminderArbitraries.ids(), ReminderArbitraries.recipients(), ReminderArbitraries.recipients(),
                        Arbitraries.longs().between(0, 5L * 24 * 60))
                .as((id, s, lead, minutes) -> new CallBackDue("cb" + id, s, lead, START.plusSeconds(minutes * 60), "note"))
                .list().ofMaxSize(5);
    }

    @Property(tries = 40)
    void evaluatingAgainAndAgainStoresEachReminderOnce(@ForAll("updates") List<IntranetUpdate> updates,
                                                       @ForAll("callBacks") List<CallBackDue> callBacks,
                                                       @ForAll @IntRange(min = 1, max = 12) int runs) {
        DueFacts facts = DueFacts.none().withUpdates(dedupe(updates)).withCallBacks(dedupeCallBacks(callBacks));
        MutableClock clock = MutableClock.at(START, WorkingCalendar.HELSINKI);
        ReminderEvaluation evaluation = new ReminderEvaluation(clock, WorkingCalendar.vantaaDefault(),
                ReminderPolicy.vantaaDefault());
        InMemoryReminderOutbox outbox = new InMemoryReminderOutbox();
        for (int i = 0; i < runs; i++) {
            evaluation.enqueue(facts, outbox);
            assertThat(evaluation.enqueue(facts, outbox).added()).as("same instant, nothing new").isZero();
            clock.advance(Duration.ofHours(11));
        }
        List<OutboxEntry> all = outbox.withStatus(DeliveryStatus.PENDING);
        Set<String> digestDays = new HashSet<>();
        for (OutboxEntry e : all) {
            if (e.key().kind() == ReminderKind.INTRANET_DIGEST) {
                assertThat(digestDays.add(e.key().recipient() + "/" + e.key().period()))
                        .as("one digest per recipient per day").isTrue();
            }
        }
        List<IntranetItem> inDigests = new ArrayList<>();
        all.stream().map(OutboxEntry::reminder).map(Reminder::content)
                .filter(ReminderContent.Digest.class::isInstance)
                .forEach(c -> inDigests.addAll(((ReminderContent.Digest) c).items()));
        assertThat(inDigests).noneMatch(item -> facts.updates().stream()
                .anyMatch(u -> u.item().equals(item) && u.importance() == IntranetUpdate.Importance.URGENT
                        && !sameIdNormalExists(facts, item)));
    }

    @Property(tries = 60)
    void subjectsAreOneLineAndHoldNoNotesOrSummaries(@ForAll Reminder reminder) {
        ReminderTexts texts = new ReminderTexts(WorkingCalendar.HELSINKI);
        for (Language language : Language.values()) {
            ReminderText text = texts.render(reminder, language);
            assertThat(text.subject()).doesNotContain("\n", "\r");
            bodyOnly(reminder.content()).stream().filter(s -> !s.isBlank())
                    .forEach(s -> assertThat(text.subject()).doesNotContain(s));
        }
    }

    @Property(tries = 30)
    void feedbackIsRemindedOncePerStage(@ForAll @IntRange(min = 0, max = 20) int dueInDays) {
        Recipient secretary = ReminderSamples.owner(1);
        FeedbackDue fb = new FeedbackDue("fb", secretary, ReminderSamples.owner(2), LocalDate.of(2027, 3, 1).plusDays(dueInDays), "");
        MutableClock clock = MutableClock.at(START, WorkingCalendar.HELSINKI);
        ReminderEvaluation evaluation = new ReminderEvaluation(clock, WorkingCalendar.vantaaDefault(), ReminderPolicy.vantaaDefault());
        InMemoryReminderOutbox outbox = new InMemoryReminderOutbox();
        for (int hour = 0; hour < 40 * 24; hour += 5) {
            evaluation.enqueue(DueFacts.none().withFeedback(List.of(fb)), outbox);
            clock.advance(Duration.ofHours(5));
        }
        assertThat(outbox.withStatus(DeliveryStatus.PENDING)).extracting(e -> ((ReminderContent.Feedback) e.reminder().content()).stage())
                .doesNotHaveDuplicates().hasSize(3);
    }

    private static boolean sameIdNormalExists(DueFacts facts, IntranetItem item) {
        return facts.updates().stream().anyMatch(u -> u.item().equals(item) && u.importance() == IntranetUpdate.Importance.NORMAL);
    }

    private static List<String> bodyOnly(ReminderContent content) {
        if (content instanceof ReminderContent.CallBack c) {
            return List.of(c.promise().note());
        }
        if (content instanceof ReminderContent.Feedback f) {
            return List.of(f.feedback().summary());
        }
        if (content instanceof ReminderContent.Digest d) {
            return d.items().stream().map(IntranetItem::summary).toList();
        }
        return List.of();
    }

    private static List<IntranetUpdate> dedupe(List<IntranetUpdate> updates) {
        Set<String> ids = new HashSet<>();
        return updates.stream().filter(u -> ids.add(u.item().id())).toList();
    }

    private static List<CallBackDue> dedupeCallBacks(List<CallBackDue> promises) {
        Set<String> ids = new HashSet<>();
        return promises.stream().filter(p -> ids.add(p.id())).toList();
    }
}
