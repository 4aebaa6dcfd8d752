package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import fi.hoitomalli.access.AccessDecision;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.customer.CustomerId;

/**
 * AX-1 as data: the read scope the care model's policy gives a store is exactly what the policy allows
 * record by record — never wider (a store would show records the policy denies, if it trusted the scope)
 * and never narrower (records the actor may read would go missing from every query). This is the guard
 * that the SQL scopes of the JDBC adapter apply AX-1 and nothing else.
 */
class AccessScopeProperties {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Clock TODAY = Clock.fixed(FormsArbitraries.TODAY.atTime(10, 0).atZone(HELSINKI).toInstant(),
            HELSINKI);

    @Property(tries = 2000)
    void ax1_theCareModelsScopeAdmitsExactlyWhatItAllows(@ForAll("actorsAndRecords") Tuple2<Actor, Resource.Record> asked,
                                                         @ForAll("absences") List<Absence> absences) {
        Actor actor = asked.get1();
        Resource.Record record = asked.get2();
        AccessPolicy policy = FormsFixture.accessPolicy(Absences.of(absences), TODAY);
        AccessDecision decision = policy.decide(actor, record);
        Statistics.label("basis").collect(decision.allowed() ? basis(decision) : "denied");

        ReadScope scope = policy.readScope(actor, record.kind());

        assertThat(scope).isInstanceOf(ReadScope.Known.class);
        assertThat(((ReadScope.Known) scope).admits(record)).as("%s on %s (%s)", actor, record, decision)
                .isEqualTo(decision.allowed());
        Statistics.label("basis").coverage(c -> {
            for (String basis : List.of("own pot", "record of the own team",
                    "management group sees everything", "status of the own feedback", "denied")) {
                c.check(basis).count(n -> n > 0);
            }
        });
    }

    @Property(tries = 1000)
    void ax1_aSubstitutesScopeFollowsThePartnersAbsence(@ForAll("secretaries") int n,
                                                        @ForAll @IntRange(min = -10, max = 5) int start,
                                                        @ForAll @IntRange(min = 0, max = 10) int length,
                                                        @ForAll AbsenceKind kind, @ForAll Resource.Record record) {
        Actor actor = new Actor.Secretary(FormsFixture.secretary(n));
        // the fixture pairs S-1/S-2, S-3/S-4, S-5/S-6 and S-7/S-8
        Absence partnerAway = new Absence(FormsFixture.secretary(n % 2 == 1 ? n + 1 : n - 1),
                FormsArbitraries.TODAY.plusDays(start), FormsArbitraries.TODAY.plusDays(start + length), kind);
        AccessPolicy policy = FormsFixture.accessPolicy(Absences.of(List.of(partnerAway)), TODAY);
        AccessDecision decision = policy.decide(actor, record);
        Statistics.label("basis").collect(decision.allowed() ? basis(decision) : "denied");

        ReadScope scope = policy.readScope(actor, record.kind());

        assertThat(scope).isInstanceOf(ReadScope.Known.class);
        assertThat(((ReadScope.Known) scope).admits(record)).as("%s on %s (%s)", actor, record, decision)
                .isEqualTo(decision.allowed());
        Statistics.label("basis").coverage(c -> c.check("substituting").percentage(p -> p > 0.5));
    }

    @Property(tries = 200)
    void denyAllHasTheEmptyScopeForEveryone(@ForAll("actors") Actor actor, @ForAll Resource.Record record) {
        ReadScope scope = AccessPolicy.denyAll().readScope(actor, record.kind());
        assertThat(scope).isEqualTo(ReadScope.nothing());
        assertThat(AccessPolicy.denyAll().mayRead(actor, record)).isFalse();
    }

    private static String basis(AccessDecision decision) {
        return decision.basis().startsWith("substituting") ? "substituting" : decision.basis();
    }

    @Provide
    Arbitrary<Actor> actors() {
        return Arbitraries.oneOf(FormsArbitraries.actors(),
                Arbitraries.just(new Actor.Supervisor(new CustomerId("C-NONE"))));
    }

    /**
     * Any actor with any record, and one pair in ten a supervisor with the status of a record about herself:
     * drawn independently that pair is rare enough (a supervisor, the status kind and the same customer) for
     * some seeds to miss it in 2,000 tries, and the coverage check below requires every basis.
     */
    @Provide
    Arbitrary<Tuple2<Actor, Resource.Record>> actorsAndRecords() {
        Arbitrary<Resource.Record> records = Arbitraries.defaultFor(Resource.Record.class);
        Arbitrary<Tuple2<Actor, Resource.Record>> independent = Combinators.combine(actors(), records).as(Tuple::of);
        Arbitrary<Tuple2<Actor, Resource.Record>> ownStatus = Combinators.combine(
                Arbitraries.of(FormsFixture.customers()), records).as((customer, r) -> Tuple.of(
                new Actor.Supervisor(customer),
                new Resource.Record(RecordKind.FEEDBACK_STATUS, r.team(), r.recorder(), Optional.of(customer), r.sector())));
        return Arbitraries.frequencyOf(Tuple.of(9, independent), Tuple.of(1, ownStatus));
    }

    @Provide
    Arbitrary<List<Absence>> absences() {
        return FormsArbitraries.absencesAroundToday();
    }

    @Provide
    Arbitrary<Integer> secretaries() {
        return Arbitraries.integers().between(1, 8);
    }
}
