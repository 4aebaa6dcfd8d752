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
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.Review;
import fi.hoitomalli.forms.SituationEvent;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.forms.SituationStage;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * The contract of {@link SituationReports}: every implementation (in memory, JDBC, yours) extends this
 * class, creates an empty store that applies the given access policy in {@link #createStore}, and — if
 * its stores share state — empties it in {@link #clear}. The fixtures are created through the port.
 */
public abstract class SituationReportsContract extends FormStoreContract<SituationReports, SituationReport> {

    @Test
    public void storedRecordIsFoundById() {
        SituationReport.Recorded recorded = FormsSamples.situation("AT-1", SIVI_TEAM, secretary(1), day(2), Optional.empty());
        store.record(recorded);
        assertThat(store.find(MANAGEMENT, new SituationId("AT-1"))).contains(recorded);
        assertThat(store.find(MANAGEMENT, new SituationId("AT-2"))).isEmpty();
    }

    @Test
    public void everyLifecycleStateRoundTrips() {
        SituationReport.Recorded recorded = FormsSamples.situation("AT-1", SIVI_TEAM, secretary(1), day(2), Optional.empty());
        store.record(recorded);
        SituationReport reviewed = recorded.apply(new SituationEvent.ReviewInMeeting(
                new Review(day(9), "Jaettu ratkaisu", Optional.empty()))).state();
        store.update(recorded, reviewed);
        assertThat(store.find(MANAGEMENT, recorded.id())).contains(reviewed);
        assertThat(store.recordedIn(new DateRange(day(1), day(31)))).containsExactly(reviewed);
        assertThat(store.inStage(MANAGEMENT, SituationStage.RECORDED)).isEmpty();
        assertThat(store.inStage(MANAGEMENT, SituationStage.REVIEWED)).containsExactly(reviewed);
    }

    @Test
    public void byTeamAndPeriodIncludesBothEndsInDateOrder() {
        SituationReport a = FormsSamples.situation("AT-3", SIVI_TEAM, secretary(1), day(10), Optional.empty());
        SituationReport b = FormsSamples.situation("AT-1", SIVI_TEAM, secretary(2), day(1), Optional.empty());
        SituationReport c = FormsSamples.situation("AT-2", SIVI_TEAM, secretary(3), day(10), Optional.empty());
        SituationReport outside = FormsSamples.situation("AT-4", SIVI_TEAM, secretary(1), day(11), Optional.empty());
        SituationReport otherTeam = FormsSamples.situation("AT-5", SOTE_TEAM, secretary(5), day(5), Optional.empty());
        for (SituationReport r : new SituationReport[] {a, b, c, outside, otherTeam}) {
            store.record(r);
        }
        assertThat(store.byTeam(MANAGEMENT, SIVI_TEAM, new DateRange(day(1), day(10)))).containsExactly(b, c, a);
    }

    @Test
    public void ax1_queriesReturnOnlyWhatTheActorMayRead() {
        SituationReport own = FormsSamples.situation("AT-1", SIVI_TEAM, secretary(1), day(2), Optional.empty());
        SituationReport colleague = FormsSamples.situation("AT-2", SIVI_TEAM, secretary(3), day(3), Optional.empty());
        SituationReport aboutOwnCustomer = FormsSamples.situation("AT-3", SIVI_TEAM, secretary(3), day(4),
                Optional.of(FormsFixture.SUPERVISOR_SIVI));
        SituationReport sote = FormsSamples.situation("AT-4", SOTE_TEAM, secretary(5), day(5), Optional.empty());
        for (SituationReport r : new SituationReport[] {own, colleague, aboutOwnCustomer, sote}) {
            store.record(r);
        }
        Actor s1 = new Actor.Secretary(secretary(1));
        DateRange march = new DateRange(day(1), day(31));
        assertThat(store.byTeam(s1, SIVI_TEAM, march)).containsExactly(own, aboutOwnCustomer);
        assertThat(store.find(s1, colleague.id())).isEmpty();
        assertThat(store.inStage(new Actor.TeamLead(FormsFixture.SOTE_LEAD), SituationStage.RECORDED))
                .containsExactly(sote);
        assertThat(store.inStage(new Actor.Supervisor(FormsFixture.SUPERVISOR_SIVI), SituationStage.RECORDED))
                .isEmpty();
        assertThat(store.inStage(new Actor.SectorHrUnit(FormsFixture.SIVI), SituationStage.RECORDED)).isEmpty();
        assertThat(store.recordedIn(march)).hasSize(4);
    }


    @Test
    public void ax1_aSubstituteReadsExactlyTheOwnAndThePartnersPotWithAnyKindOfReadScope() {
        Actor s2 = new Actor.Secretary(secretary(2));
        DateRange march = new DateRange(day(1), day(31));
        underEveryVariant(whileS1IsAway(), (variant, all) -> {
            List<SituationReport> expected = readBySubstitute(all);
            assertThat(store.inStage(s2, SituationStage.RECORDED)).as(variant)
                    .containsExactlyElementsOf(expected);
            assertThat(store.byTeam(s2, SOTE_TEAM, march)).as(variant).containsExactlyElementsOf(
                    ofTeam(expected, SOTE_TEAM)).hasSize(4);
            assertFindsExactly(s2, all, expected, variant);
        });
    }

    @Test
    public void ax1_everyActorReadsExactlyWhatThePolicyAllowsWithAnyKindOfReadScope() {
        AccessPolicy care = whileS1IsAway();
        List<SituationReport> all = underEveryVariant(care, (variant, stored) -> {
            for (Actor actor : everyActor()) {
                List<SituationReport> allowed = allowed(care, actor, stored);
                assertThat(store.inStage(actor, SituationStage.RECORDED)).as("%s, %s", variant, actor)
                        .containsExactlyElementsOf(allowed);
                assertThat(store.byTeam(actor, SIVI_TEAM, new DateRange(day(1), day(31))))
                        .as("%s, %s", variant, actor)
                        .containsExactlyElementsOf(ofTeam(allowed, SIVI_TEAM));
            }
        });
        assertOnlyTheManagementGroupReadsEverything(care, all);
    }

    @Test
    public void recordedBeforeIsStrict() {
        SituationReport early = FormsSamples.situation("AT-1", SIVI_TEAM, secretary(1), day(1), Optional.empty());
        SituationReport onCutoff = FormsSamples.situation("AT-2", SIVI_TEAM, secretary(1), day(2), Optional.empty());
        store.record(early);
        store.record(onCutoff);
        assertThat(store.recordedBefore(day(2))).containsExactly(early);
    }

    @Test
    public void anonymisedRecordRoundTrips() {
        SituationReport blank = FormsSamples.situation("AT-1", SIVI_TEAM, secretary(1), day(1), Optional.empty())
                .withoutText();
        store.record(blank);
        assertThat(store.find(MANAGEMENT, blank.id())).contains(blank);
    }

    @Override
    final SituationReport sample(int n, TeamId team, SecretaryId recorder, LocalDate date, Optional<CustomerId> customer) {
        return FormsSamples.situation("AT-" + n, team, recorder, date, customer);
    }

    @Override
    final Facts facts(SituationReport record) {
        return new Facts(record.id().value(), record.details().team(), record.details().recorder(),
                record.details().date(), record.details().customer(), record.resource());
    }

    @Override
    final void put(SituationReport record) {
        store.record(record);
    }

    @Override
    final void update(SituationReport current, SituationReport next) {
        store.update(current, next);
    }

    @Override
    final Optional<SituationReport> stored(SituationReport record) {
        return store.find(MANAGEMENT, record.id());
    }

    @Override
    final List<SituationReport> everyStored() {
        return store.recordedIn(new DateRange(day(1), day(31)));
    }

    @Override
    final SituationReport successor(SituationReport recorded, int variant) {
        return recorded.apply(new SituationEvent.ReviewInMeeting(new Review(recorded.details().date().plusDays(7),
                "Jaettu ratkaisu " + variant, Optional.empty()))).state();
    }

    @Override
    final SituationReport withoutText(SituationReport record) {
        return record.withoutText();
    }

    @Override
    final boolean found(Actor actor, SituationReport record) {
        return store.find(actor, record.id()).isPresent();
    }
}
