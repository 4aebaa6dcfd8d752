package fi.hoitomalli.testkit;

import java.util.Collection;
import java.util.List;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.providers.ArbitraryProvider;

/**
 * The jqwik domain of the foundation's types: with {@code @Domain(FoundationDomain.class)} on a property
 * or its class, {@code @ForAll} parameters of those types come from {@link FoundationArbitraries} (see
 * {@link FoundationArbitraryProvider} for the list), and only from the domains named there. Use it to make
 * a suite's source of values explicit, or to combine it with other domains.
 *
 * <pre>{@code
 * @Property
 * @Domain(FoundationDomain.class)
 * void roundTrips(@ForAll CustomerBase base) { ... }
 * }</pre>
 */
public final class FoundationDomain extends DomainContextBase {

    /** Used by jqwik when a property names this domain. */
    public FoundationDomain() {
        // the providers are the same as the ServiceLoader-registered ones
    }

    /** The foundation's provider. */
    @Override
    public Collection<ArbitraryProvider> getArbitraryProviders() {
        return List.of(new FoundationArbitraryProvider());
    }
}
