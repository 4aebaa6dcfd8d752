package fi.hoitomalli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture rules of core (DEVELOPERS.md, "Where things go"). Every rule keeps ArchUnit's
 * {@code failOnEmptyShould}; {@link #rulesCanFail()} proves against the fixture package
 * {@code fi.hoitomalli.archfixture} (test sources only) that the rules do catch violations.
 */
@AnalyzeClasses(packages = "fi.hoitomalli", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    static final String[] ALLOWED = {
        "java..", "com.google.common..", "org.slf4j..", "jakarta.validation..", "fi.hoitomalli.."
    };

    @ArchTest
    static final ArchRule coreDependsOnlyOnAllowList = classes()
            .that().resideInAPackage("fi.hoitomalli..")
            .and().resideOutsideOfPackage("fi.hoitomalli.json..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ALLOWED)
            .because("core is a pure domain library: JDK, Guava, SLF4J and Jakarta Validation only (allow-list)");

    @ArchTest
    static final ArchRule jacksonOnlyInJson = classes()
            .that().resideInAPackage("fi.hoitomalli.json..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "com.google.common..", "org.slf4j..", "jakarta.validation..", "fi.hoitomalli..",
                    "com.fasterxml.jackson..")
            .because("Jackson is used in core only inside fi.hoitomalli.json");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("fi.hoitomalli.(*)..")
            .should().beFreeOfCycles()
            .because("features may use each other's public records, never in a circle");

    @ArchTest
    static final ArchRule internalOnlyFromOwnFeature = noClasses()
            .that().resideInAPackage("fi.hoitomalli..")
            .should(ArchRules.accessInternalOfOtherFeature())
            .because("..internal.. packages belong to their feature alone");

    @ArchTest
    static final ArchRule noHiddenClock = noClasses()
            .that().resideInAPackage("fi.hoitomalli..")
            .should(ArchRules.callHiddenTimeOrRandomness())
            .because("services take a java.time.Clock and an id source; core never calls now() or randomUUID()");

    @ArchTest
    static final ArchRule noIoInCore = noClasses()
            .that().resideInAPackage("fi.hoitomalli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..",
                    "java.nio.channels..")
            .orShould().dependOnClassesThat(ArchRules.fileIo())
            .because("core depends on nothing that does I/O");

    @Test
    void rulesCanFail() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("fi.hoitomalli.archfixture");
        assertThat(fixtures).isNotEmpty();
        for (ArchRule rule : new ArchRule[] {
            coreDependsOnlyOnAllowList,
            noClasses().that().resideInAPackage("fi.hoitomalli.archfixture..")
                    .should(ArchRules.callHiddenTimeOrRandomness()),
            noClasses().that().resideInAPackage("fi.hoitomalli.archfixture..")
                    .should(ArchRules.accessInternalOfOtherFeature()),
            slices().matching("fi.hoitomalli.archfixture.(*)..").should().beFreeOfCycles(),
            noClasses().that().resideInAPackage("fi.hoitomalli.archfixture..")
                    .should().dependOnClassesThat(ArchRules.fileIo())
        }) {
            EvaluationResult result = rule.evaluate(fixtures);
            assertThat(result.hasViolation()).as("rule must catch the fixture: %s", rule.getDescription()).isTrue();
        }
    }

    @Test
    void fixtureIsNotPartOfTheAnalysedCore() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.hoitomalli");
        DescribedPredicate<JavaClass> fixture = JavaClass.Predicates.resideInAPackage("fi.hoitomalli.archfixture..");
        assertThat(production.that(fixture)).isEmpty();
    }
}
