package fi.hoitomalli.jdbc;

import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jqwik's counterpart of a JUnit assumption in {@code @BeforeAll}: jqwik reports an aborted
 * {@code @BeforeContainer} as an error, so the container is skipped before it starts.
 */
public final class SkipWithoutDatabase implements SkipExecutionHook {

    private static final Logger LOG = LoggerFactory.getLogger(SkipWithoutDatabase.class);

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        Optional<OnDatabase> database = context.findAnnotation(OnDatabase.class);
        Optional<Class<?>> owner = context.optionalContainerClass();
        if (database.isEmpty() || owner.isEmpty() || TestDatabase.required()) {
            return SkipResult.doNotSkip();
        }
        Optional<String> reason = DatabaseFixture.unavailability(database.get().value(), owner.get());
        reason.ifPresent(r -> LOG.warn("skipped: {}", r));
        return reason.map(SkipResult::skip).orElse(SkipResult.doNotSkip());
    }
}
