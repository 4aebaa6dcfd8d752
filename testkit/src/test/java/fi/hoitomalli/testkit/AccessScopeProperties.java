package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import fi.hoitomalli.access.AccessDecision;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.ReadScope;
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
    void ax1_theCareModelsScopeAdmitsExactlyWhatItAllows(@ForAll("actors") Actor actor,
                                                         @ForAll Resource.Record record,
                                                         @ForAll("absences") List<Absence> absences) {
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

    @Provide
    Arbitrary<List<Absence>> absences() {
        return FormsArbitraries.absencesAroundToday();
    }

    @Provide
    Arbitrary<Integer> secretaries() {
        return Arbitraries.integers().between(1, 8);
    }
}
