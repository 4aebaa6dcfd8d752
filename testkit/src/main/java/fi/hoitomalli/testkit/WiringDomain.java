package fi.hoitomalli.testkit;

import fi.hoitomalli.reminder.CollectedFacts;
import fi.hoitomalli.reminder.Unreached;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/** The jqwik domain of the collectors' results, used as {@code @Domain(WiringDomain.class)}. */
public class WiringDomain extends DomainContextBase {

    @Provide
    Arbitrary<CollectedFacts> collectedFacts() {
        return WiringArbitraries.collectedFacts();
    }

    @Provide
    Arbitrary<Unreached> unreached() {
        return WiringArbitraries.unreached();
    }
}
