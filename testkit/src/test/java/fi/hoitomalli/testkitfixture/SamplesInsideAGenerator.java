package fi.hoitomalli.testkitfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.testkitfixture.internal.Hidden;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Fixture for {@code TestkitArchitectureTest.rulesCanFail}: breaks every testkit rule on purpose. Not
 * part of the analysed testkit (test sources only).
 */
public final class SamplesInsideAGenerator {

    private SamplesInsideAGenerator() {
    }

    /** Calls {@code sample()} inside a generator and depends on Jackson and on an internal package. */
    public static Arbitrary<String> broken() {
        int fixed = Arbitraries.integers().between(1, 9).sample();
        long many = Arbitraries.strings().sampleStream().limit(2).count();
        return Arbitraries.just(new ObjectMapper().getClass().getName() + fixed + many + Hidden.name());
    }
}
