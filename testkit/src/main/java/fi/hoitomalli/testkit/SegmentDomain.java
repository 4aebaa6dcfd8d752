package fi.hoitomalli.testkit;

import java.util.Collection;
import java.util.List;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.providers.ArbitraryProvider;

/**
 * The jqwik domain of segmentation and generated cities: with {@code @Domain(SegmentDomain.class)},
 * {@code @ForAll Segment}, {@code Audience} and {@code ReferenceCity} come from
 * {@link SegmentArbitraries}.
 *
 * <pre>{@code
 * @Property
 * @Domain(SegmentDomain.class)
 * void roundTrips(@ForAll Segment segment) { ... }
 * }</pre>
 */
public final class SegmentDomain extends DomainContextBase {

    /** Used by jqwik when a property names this domain. */
    public SegmentDomain() {
        // the providers are the same as the ServiceLoader-registered ones
    }

    /** The segmentation provider. */
    @Override
    public Collection<ArbitraryProvider> getArbitraryProviders() {
        return List.of(new SegmentArbitraryProvider());
    }
}
