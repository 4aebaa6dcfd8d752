/**
 * Hoitomalli testkit: jqwik arbitraries and domain contexts for the library's types, in-memory
 * implementations of the ports, and abstract contract tests that every implementation of a port
 * (ours and yours) can extend.
 */
module fi.hoitomalli.testkit {
    requires transitive fi.hoitomalli.core;
    requires transitive net.jqwik.api;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports fi.hoitomalli.testkit;

    provides net.jqwik.api.providers.ArbitraryProvider with
            fi.hoitomalli.testkit.FoundationArbitraryProvider,
            fi.hoitomalli.testkit.ContactArbitraries,
            fi.hoitomalli.testkit.PlanArbitraries,
            fi.hoitomalli.testkit.ClockArbitraries,
            fi.hoitomalli.testkit.ReminderArbitraries,
            fi.hoitomalli.testkit.SegmentArbitraryProvider,
            fi.hoitomalli.testkit.FormsArbitraries,
            fi.hoitomalli.testkit.PhoneArbitraryProvider;
}
