package fi.hoitomalli.testkit;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import fi.hoitomalli.phone.PhonePolicy;

/**
 * Registered jqwik provider (ServiceLoader and module descriptor): any {@code @ForAll PhonePolicy} gets a
 * valid policy and any {@code @ForAll PhoneScenario} a feasible scheduler input, without a domain.
 */
public final class PhoneArbitraryProvider implements ArbitraryProvider {

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(PhonePolicy.class) || targetType.isOfType(PhoneScenario.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(PhonePolicy.class)) {
            return Set.of(PhoneArbitraries.policies());
        }
        return Set.of(PhoneArbitraries.feasibleScenarios());
    }
}
