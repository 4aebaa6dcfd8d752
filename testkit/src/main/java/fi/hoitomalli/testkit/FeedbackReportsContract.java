package fi.hoitomalli.testkit;

import static fi.hoitomalli.testkit.FormsFixture.SIVI_TEAM;
import static fi.hoitomalli.testkit.FormsFixture.SOTE_TEAM;
import static fi.hoitomalli.testkit.FormsFixture.secretary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.forms.Closure;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.FeedbackEvent;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.FeedbackStage;
import fi.hoitomalli.forms.FollowUp;
import fi.hoitomalli.forms.Respondent;
import fi.hoitomalli.forms.Response;
import fi.hoitomalli.forms.ResponseMethod;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * The contract of {@link FeedbackReports}: every implementation (in memory, JDBC, yours) extends this
 * class, creates an empty store that applies the given access policy in {@link #createStore}, and — if
 * its stores share state — empties it in {@link #clear}. The fixtures are created through the port.
 */
public abstract class FeedbackReportsContract extends FormStoreContract<FeedbackReports, FeedbackReport> {

    @Test
    public void storedRecordIsFoundById() {
        FeedbackReport.Received received = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(2), Optional.empty());
        store.record(received);
        assertThat(store.find(MANAGEMENT, new FeedbackId("AP-1"))).contains(received);
        assertThat(store.find(MANAGEMENT, new FeedbackId("AP-9"))).isEmpty();
    }

    @Test
    public void everyLifecycleStateRoundTrips() {
        FeedbackReport.Received received = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(2), Optional.empty());
        store.record(received);
        FeedbackReport responded = FormsSamples.responded(received, day(4));
        store.update(received, responded);
        assertThat(store.find(MANAGEMENT, received.id())).contains(responded);
        FeedbackReport closed = responded.apply(new FeedbackEvent.Close(new Closure(day(5),
                Optional.of(new FollowUp("Koulutus esimiehille", Optional.of("PLAN-ACT-7")))))).state();
        store.update(responded, closed);
        assertThat(store.find(MANAGEMENT, received.id())).contains(closed);
        assertThat(store.inStage(MANAGEMENT, FeedbackStage.CLOSED)).containsExactly(closed);
        assertThat(store.inStage(MANAGEMENT, FeedbackStage.RECEIVED)).isEmpty();
    }

    @Test
    public void byTeamAndPeriodIncludesBothEndsInDateOrder() {
        FeedbackReport a = FormsSamples.feedback("AP-3", SIVI_TEAM, secretary(1), day(10), Optional.empty());
        FeedbackReport b = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(2), day(1), Optional.empty());
        FeedbackReport c = FormsSamples.feedback("AP-2", SIVI_TEAM, secretary(3), day(10), Optional.empty());
        FeedbackReport outside = FormsSamples.feedback("AP-4", SIVI_TEAM, secretary(1), day(11), Optional.empty());
        FeedbackReport otherTeam = FormsSamples.feedback("AP-5", SOTE_TEAM, secretary(5), day(5), Optional.empty());
        for (FeedbackReport r : new FeedbackReport[] {a, b, c, outside, otherTeam}) {
            store.record(r);
        }
        assertThat(store.byTeam(MANAGEMENT, SIVI_TEAM, new DateRange(day(1), day(10)))).containsExactly(b, c, a);
    }

    @Test
    public void overdueAreTheUnansweredPastTheirDueDate() {
        FeedbackReport.Received late = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(1), Optional.empty());
        FeedbackReport.Received answered = FormsSamples.feedback("AP-2", SIVI_TEAM, secretary(1), day(1), Optional.empty());
        FeedbackReport.Received recent = FormsSamples.feedback("AP-3", SIVI_TEAM, secretary(1), day(12), Optional.empty());
        store.record(late);
        store.record(FormsSamples.responded(answered, day(12)));
        store.record(recent);
        // 1 March 2027 is a Monday: due on Monday 8 March, overdue from the 9th.
        assertThat(late.details().dueDate()).isEqualTo(day(8));
        assertThat(store.overdue(MANAGEMENT, day(8))).isEmpty();
        assertThat(store.overdue(MANAGEMENT, day(9))).containsExactly(late);
    }

    @Test
    public void ax1_supervisorSeesOnlyTheStatusOfTheOwnFeedback() {
        FeedbackReport own = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(3), day(1),
                Optional.of(FormsFixture.SUPERVISOR_SIVI));
        FeedbackReport other = FormsSamples.feedback("AP-2", SOTE_TEAM, secretary(5), day(1),
                Optional.of(FormsFixture.SUPERVISOR_SOTE));
        store.record(own);
        store.record(other);
        Actor supervisor = new Actor.Supervisor(FormsFixture.SUPERVISOR_SIVI);
        assertThat(store.statusOf(supervisor, own.id())).contains(own.status());
        assertThat(store.statusOf(supervisor, other.id())).isEmpty();
        assertThat(store.find(supervisor, own.id())).isEmpty();
        assertThat(store.inStage(supervisor, FeedbackStage.RECEIVED)).isEmpty();
        assertThat(store.statusOf(MANAGEMENT, other.id())).contains(other.status());
    }

    @Test
    public void ax1_queriesReturnOnlyWhatTheActorMayRead() {
        FeedbackReport own = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(2), Optional.empty());
        FeedbackReport colleague = FormsSamples.feedback("AP-2", SIVI_TEAM, secretary(3), day(3), Optional.empty());
        FeedbackReport sote = FormsSamples.feedback("AP-3", SOTE_TEAM, secretary(5), day(4), Optional.empty());
        store.record(own);
        store.record(colleague);
        store.record(sote);
        DateRange march = new DateRange(day(1), day(31));
        assertThat(store.byTeam(new Actor.Secretary(secretary(1)), SIVI_TEAM, march)).containsExactly(own);
        assertThat(store.inStage(new Actor.TeamLead(FormsFixture.SIVI_LEAD), FeedbackStage.RECEIVED))
                .containsExactly(own, colleague);
        assertThat(store.overdue(new Actor.SectorHrUnit(FormsFixture.SIVI), day(31))).isEmpty();
        assertThat(store.recordedIn(march)).containsExactly(own, colleague, sote);
    }


    @Test
    public void ax1_aSubstituteReadsExactlyTheOwnAndThePartnersPotWithAnyKindOfReadScope() {
        Actor s2 = new Actor.Secretary(secretary(2));
        DateRange march = new DateRange(day(1), day(31));
        underEveryVariant(whileS1IsAway(), (variant, all) -> {
            List<FeedbackReport> expected = readBySubstitute(all);
            assertThat(store.inStage(s2, FeedbackStage.RECEIVED)).as(variant).containsExactlyElementsOf(expected);
            assertThat(store.overdue(s2, day(31))).as(variant).containsExactlyElementsOf(expected);
            assertThat(store.byTeam(s2, SOTE_TEAM, march)).as(variant).containsExactlyElementsOf(
                    ofTeam(expected, SOTE_TEAM)).hasSize(4);
            assertFindsExactly(s2, all, expected, variant);
        });
    }

    @Test
    public void ax1_everyActorReadsExactlyWhatThePolicyAllowsWithAnyKindOfReadScope() {
        AccessPolicy care = whileS1IsAway();
        List<FeedbackReport> all = underEveryVariant(care, (variant, stored) -> {
            for (Actor actor : everyActor()) {
                List<FeedbackReport> allowed = allowed(care, actor, stored);
                assertThat(store.inStage(actor, FeedbackStage.RECEIVED)).as("%s, %s", variant, actor)
                        .containsExactlyElementsOf(allowed);
            }
            // the status is a kind of its own that supervisors get; one secretary for contrast
            for (Actor actor : everyActor().stream().filter(a -> a instanceof Actor.Supervisor
                    || a.equals(new Actor.Secretary(secretary(2)))).toList()) {
                for (FeedbackReport r : stored) {
                    boolean statusAllowed = care.mayRead(actor, r.resource().as(RecordKind.FEEDBACK_STATUS));
                    assertThat(store.statusOf(actor, r.id())).as("%s, %s, %s", variant, actor, r.id())
                            .isEqualTo(statusAllowed ? Optional.of(r.status()) : Optional.empty());
                }
            }
        });
        assertOnlyTheManagementGroupReadsEverything(care, all);
        assertThat(store.inStage(new Actor.Supervisor(FormsFixture.SUPERVISOR_SIVI), FeedbackStage.RECEIVED)).isEmpty();
    }

    @Test
    public void recordedBeforeIsStrict() {
        FeedbackReport early = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(1), Optional.empty());
        FeedbackReport onCutoff = FormsSamples.feedback("AP-2", SIVI_TEAM, secretary(1), day(2), Optional.empty());
        store.record(early);
        store.record(onCutoff);
        assertThat(store.recordedBefore(day(2))).containsExactly(early);
    }

    @Test
    public void anonymisedRecordRoundTrips() {
        FeedbackReport blank = FormsSamples.responded(
                FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(1), Optional.empty()), day(2)).withoutText();
        store.record(blank);
        assertThat(store.find(MANAGEMENT, blank.id())).contains(blank);
    }

    @Override
    final FeedbackReport sample(int n, TeamId team, SecretaryId recorder, LocalDate date, Optional<CustomerId> customer) {
        return FormsSamples.feedback("AP-" + n, team, recorder, date, customer);
    }

    @Override
    final Facts facts(FeedbackReport record) {
        return new Facts(record.id().value(), record.details().team(), record.details().recorder(),
                record.details().received(), record.details().customer(), record.resource());
    }

    @Override
    final void put(FeedbackReport record) {
        store.record(record);
    }

    @Override
    final void update(FeedbackReport current, FeedbackReport next) {
        store.update(current, next);
    }

    @Override
    final Optional<FeedbackReport> stored(FeedbackReport record) {
        return store.find(MANAGEMENT, record.id());
    }

    @Override
    final List<FeedbackReport> everyStored() {
        return store.recordedIn(new DateRange(day(1), day(31)));
    }

    @Override
    final FeedbackReport successor(FeedbackReport recorded, int variant) {
        FeedbackReport.Received received = (FeedbackReport.Received) recorded;
        return received.apply(new FeedbackEvent.Respond(new Response(
                new Respondent.BySecretary(received.details().recorder()), received.details().received().plusDays(1),
                ResponseMethod.EMAIL, "Vastaus " + variant))).state();
    }

    @Override
    final FeedbackReport withoutText(FeedbackReport record) {
        return record.withoutText();
    }

    @Override
    final boolean found(Actor actor, FeedbackReport record) {
        return store.find(actor, record.id()).isPresent();
    }
}
