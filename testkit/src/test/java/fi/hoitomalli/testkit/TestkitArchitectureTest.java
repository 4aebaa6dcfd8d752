package fi.hoitomalli.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of the testkit: it depends only on core's exported packages (read from core's
 * module descriptor, so a newly exported feature is allowed and an unexported one never is), jqwik,
 * JUnit, AssertJ, Guava and the JDK; never on an {@code ..internal..} package; and no generator calls
 * {@code Arbitrary.sample()} or {@code sampleStream()}. {@link #rulesCanFail()} proves each rule against
 * the fixture package {@code fi.hoitomalli.testkitfixture} (test sources only).
 */
@AnalyzeClasses(packages = "fi.hoitomalli.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitArchitectureTest {

    static final Set<String> CORE_EXPORTS = coreExports();

    static final List<String> LIBRARIES = List.of(
            "java..", "net.jqwik..", "org.junit..", "org.assertj..", "com.google.common..", "jakarta.validation..");

    @ArchTest
    static final ArchRule testkitDependsOnlyOnTheAllowList = allowListFor("fi.hoitomalli.testkit..")
            .because("the testkit is published for other systems' suites: it may use core's API "
                    + "(its exported packages), jqwik, JUnit, AssertJ, Guava, the Jakarta Validation API (core's API takes "
                    + "a Validator) and the JDK, nothing else (allow-list)");

    @ArchTest
    static final ArchRule testkitNeverUsesInternals = noClasses()
            .that().resideInAPackage("fi.hoitomalli.testkit..")
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("..internal.. packages are not part of the library's API");

    @ArchTest
    static final ArchRule noSamplingInsideGenerators = noClasses()
            .that().resideInAPackage("fi.hoitomalli.testkit..")
            .should(callArbitrarySample())
            .because("sample() inside a generator breaks shrinking and seeds; compose with map/flatMap/combine");

    static ArchRule allowListFor(String packages) {
        List<String> allowed = new ArrayList<>(LIBRARIES);
        allowed.addAll(CORE_EXPORTS);
        allowed.add(packages);
        return classes().that().resideInAPackage(packages)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new));
    }

    static ArchCondition<JavaClass> callArbitrarySample() {
        return new ArchCondition<>("call Arbitrary.sample() or Arbitrary.sampleStream()") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    boolean sampling = (call.getName().equals("sample") || call.getName().equals("sampleStream"))
                            && call.getTargetOwner().isAssignableTo(Arbitrary.class);
                    if (sampling) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }

    /** The unqualified exports of the module {@code fi.hoitomalli.core}, from its descriptor on the path. */
    private static Set<String> coreExports() {
        try {
            for (URL url : Collections.list(TestkitArchitectureTest.class.getClassLoader()
                    .getResources("module-info.class"))) {
                try (InputStream in = url.openStream()) {
                    ModuleDescriptor descriptor = ModuleDescriptor.read(in);
                    if (descriptor.name().equals("fi.hoitomalli.core")) {
                        return descriptor.exports().stream().filter(e -> !e.isQualified())
                                .map(ModuleDescriptor.Exports::source)
                                .collect(java.util.stream.Collectors.toUnmodifiableSet());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("module fi.hoitomalli.core is not on the test path");
    }

    @Test
    void theAllowListIsCoresExportedApi() {
        assertThat(CORE_EXPORTS).contains("fi.hoitomalli.common", "fi.hoitomalli.customer", "fi.hoitomalli.team",
                "fi.hoitomalli.calendar", "fi.hoitomalli.json");
        assertThat(CORE_EXPORTS).noneMatch(p -> p.contains("internal"));
    }

    @Test
    void rulesCanFail() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("fi.hoitomalli.testkitfixture");
        assertThat(fixtures).isNotEmpty();
        Stream.of(
                allowListFor("fi.hoitomalli.testkitfixture.."),
                noClasses().that().resideInAPackage("fi.hoitomalli.testkitfixture")
                        .should().dependOnClassesThat().resideInAPackage("..internal.."),
                noClasses().that().resideInAPackage("fi.hoitomalli.testkitfixture..").should(callArbitrarySample()))
                .forEach(rule -> assertThat(rule.evaluate(fixtures).hasViolation())
                        .as("rule must catch the fixture: %s", rule.getDescription()).isTrue());
    }

    @Test
    void theSampleRuleNamesBothCalls() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("fi.hoitomalli.testkitfixture");

        List<String> report = noClasses().that().resideInAPackage("fi.hoitomalli.testkitfixture..")
                .should(callArbitrarySample()).evaluate(fixtures).getFailureReport().getDetails();

        assertThat(report).hasSize(2);
        assertThat(String.join("\n", report)).contains("sample()").contains("sampleStream()");
    }

    @Test
    void fixtureIsNotPartOfTheAnalysedTestkit() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.hoitomalli.testkit", "fi.hoitomalli.testkitfixture");
        assertThat(production.that(JavaClass.Predicates.resideInAPackage("fi.hoitomalli.testkitfixture..")))
                .isEmpty();
        assertThat(production.that(JavaClass.Predicates.resideInAPackage("fi.hoitomalli.testkit"))).isNotEmpty();
    }
}
