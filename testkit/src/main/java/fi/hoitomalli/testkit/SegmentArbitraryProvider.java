package fi.hoitomalli.testkit;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.segment.Audience;
import fi.hoitomalli.segment.Segment;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Supplies {@code @ForAll} parameters of type {@code Segment} and {@code Audience} (over the Vantaa
 * reference) and {@code ReferenceCity} (small generated cities) from {@link SegmentArbitraries}.
 * Registered for ServiceLoader; see {@link SegmentDomain} to name it explicitly.
 */
public final class SegmentArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES = Map.of(
            Segment.class, SegmentArbitraries::segments,
            Audience.class, SegmentArbitraries::audiences,
            ReferenceCity.class, SegmentArbitraries::cities);

    /** Used by ServiceLoader and {@link SegmentDomain}. */
    public SegmentArbitraryProvider() {
        // stateless
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return ARBITRARIES.entrySet().stream()
                .filter(e -> targetType.isOfType(e.getKey()))
                .<Arbitrary<?>>map(e -> e.getValue().get())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
