package fi.hoitomalli.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;

/** Conditions shared by the architecture tests of core. */
final class ArchRules {

    /** Zero-argument factory methods that read the system clock or randomness. */
    private static final Map<String, Set<String>> HIDDEN = Map.of(
            "java.time.Instant", Set.of("now"),
            "java.time.LocalDate", Set.of("now"),
            "java.time.LocalDateTime", Set.of("now"),
            "java.time.LocalTime", Set.of("now"),
            "java.time.ZonedDateTime", Set.of("now"),
            "java.time.OffsetDateTime", Set.of("now"),
            "java.time.Clock", Set.of("systemDefaultZone", "systemUTC"),
            "java.util.UUID", Set.of("randomUUID"),
            "java.lang.System", Set.of("currentTimeMillis"));

    private static final Set<String> FILE_IO = Set.of(
            "java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream", "java.io.FileReader",
            "java.io.FileWriter", "java.io.RandomAccessFile", "java.io.PrintWriter");

    private ArchRules() {
    }

    static ArchCondition<JavaClass> callHiddenTimeOrRandomness() {
        return new ArchCondition<>("call Instant.now(), LocalDate.now(), LocalDateTime.now(), ZonedDateTime.now(), "
                + "UUID.randomUUID() or another hidden clock") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    Set<String> names = HIDDEN.get(call.getTargetOwner().getName());
                    boolean hidden = names != null && names.contains(call.getName())
                            && call.getTarget().getRawParameterTypes().isEmpty();
                    if (hidden) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaClass> accessInternalOfOtherFeature() {
        return new ArchCondition<>("depend on an ..internal.. package of another feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (internal < 0 || !target.startsWith("fi.hoitomalli.")) {
                        continue;
                    }
                    String owner = target.substring(0, internal);
                    String origin = item.getPackageName();
                    if (!(origin.equals(owner) || origin.startsWith(owner + "."))) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static DescribedPredicate<JavaClass> fileIo() {
        return new DescribedPredicate<>("do file I/O") {
            @Override
            public boolean test(JavaClass input) {
                return FILE_IO.contains(input.getName());
            }
        };
    }
}
