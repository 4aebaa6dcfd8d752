package fi.hoitomalli.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Marks a jqwik container that runs on a test database: it is skipped, with a message naming the
 * variable to set, when the database is not there — unless {@code HOITOMALLI_REQUIRE_DATABASES=true},
 * when its {@code @BeforeContainer} fails instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@AddLifecycleHook(SkipWithoutDatabase.class)
@interface OnDatabase {

    TestDatabase value();
}
