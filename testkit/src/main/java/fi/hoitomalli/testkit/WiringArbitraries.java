package fi.hoitomalli.testkit;

import fi.hoitomalli.reminder.CollectedFacts;
import fi.hoitomalli.reminder.DueFacts;
import fi.hoitomalli.reminder.IntranetUpdate;
import fi.hoitomalli.reminder.ReminderContent;
import fi.hoitomalli.reminder.Unreached;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for what the due-fact collectors return: {@link Unreached} people and
 * {@link CollectedFacts} holding facts of every kind, built from the reminder arbitraries.
 */
public final class WiringArbitraries {

    private WiringArbitraries() {
    }

    /** People a reminder could not reach, with any reason. */
    public static Arbitrary<Unreached> unreached() {
        return Combinators.combine(ReminderArbitraries.ids(), ReminderArbitraries.ids(),
                Arbitraries.of(Unreached.Reason.class)).as(Unreached::new);
    }

    /** Collected facts: up to six facts of any kind and up to four unreached people. */
    public static Arbitrary<CollectedFacts> collectedFacts() {
        Arbitrary<DueFacts> facts = ReminderArbitraries.contents().list().ofMaxSize(6).map(contents -> {
            DueFacts all = DueFacts.none();
            for (ReminderContent content : contents) {
                all = withFactOf(all, content);
            }
            return all;
        });
        return Combinators.combine(facts, unreached().list().ofMaxSize(4)).as(CollectedFacts::new);
    }

    private static DueFacts withFactOf(DueFacts facts, ReminderContent content) {
        if (content instanceof ReminderContent.UrgentUpdate u) {
            return facts.withUpdates(List.of(new IntranetUpdate(u.item(), IntranetUpdate.Importance.URGENT,
                    Instant.parse("2027-03-02T07:00:00Z"), List.of(ReminderSamples.owner(0)))));
        }
        if (content instanceof ReminderContent.Invitation i) {
            return facts.withActivities(List.of(i.activity()));
        }
        if (content instanceof ReminderContent.CallBack c) {
            return facts.withCallBacks(List.of(c.promise()));
        }
        if (content instanceof ReminderContent.Feedback f) {
            return facts.withFeedback(List.of(f.feedback()));
        }
        if (content instanceof ReminderContent.PlanAction p) {
            return facts.withPlanActions(List.of(p.action()));
        }
        return facts;
    }
}
