package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.reminder.CollectedFacts;
import fi.hoitomalli.reminder.DueFacts;
import fi.hoitomalli.reminder.Unreached;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** Collected facts combine without losing anything and keep their JSON shape. */
@Domain(WiringDomain.class)
class CollectedFactsProperties {

    private static final ObjectMapper MAPPER = HoitomalliModule.newObjectMapper();

    @Property(tries = 30)
    void roundTripsThroughJson(@ForAll CollectedFacts collected) throws Exception {
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(collected), CollectedFacts.class)).isEqualTo(collected);
    }

    @Property(tries = 30)
    void plusConservesEveryFactAndEveryUnreachedPerson(@ForAll CollectedFacts a, @ForAll CollectedFacts b) {
        CollectedFacts both = a.plus(b);
        DueFacts f = both.facts();
        assertThat(f.updates()).hasSize(a.facts().updates().size() + b.facts().updates().size());
        assertThat(f.activities()).hasSize(a.facts().activities().size() + b.facts().activities().size());
        assertThat(f.callBacks()).hasSize(a.facts().callBacks().size() + b.facts().callBacks().size());
        assertThat(f.feedback()).hasSize(a.facts().feedback().size() + b.facts().feedback().size());
        assertThat(f.planActions()).hasSize(a.facts().planActions().size() + b.facts().planActions().size());
        int split = a.unreached().size();
        assertThat(both.unreached().subList(0, split)).isEqualTo(a.unreached());
        assertThat(both.unreached().subList(split, both.unreached().size())).isEqualTo(b.unreached());
        for (Unreached.Reason reason : Unreached.Reason.values()) {
            assertThat(both.unreachedCount(reason)).isEqualTo(a.unreachedCount(reason) + b.unreachedCount(reason));
        }
        assertThat(CollectedFacts.none().plus(a)).isEqualTo(a);
        assertThat(a.plus(CollectedFacts.none())).isEqualTo(a);
    }
}
