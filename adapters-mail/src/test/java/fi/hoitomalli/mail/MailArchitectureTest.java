package fi.hoitomalli.mail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The mail adapter's architecture (DEVELOPERS.md, "Where things go"): it uses only core's exported packages and its own
 * libraries, never a core {@code ..internal..} package or the JDBC adapter, and only its factory is public.
 * {@link #rulesCanFail()} proves each rule against the fixture package {@code fi.hoitomalli.mail.archfixture}.
 */
@AnalyzeClasses(packages = "fi.hoitomalli.mail", importOptions = ImportOption.DoNotIncludeTests.class)
class MailArchitectureTest {

    /** Core's exported API packages (module-info) the adapter may use. */
    static final String[] CORE_EXPORTED = {
        "fi.hoitomalli.common", "fi.hoitomalli.customer", "fi.hoitomalli.team", "fi.hoitomalli.calendar",
        "fi.hoitomalli.reminder"
    };

    @ArchTest
    static final ArchRule dependsOnlyOnCoreApiAndItsLibraries = classes()
            .that().resideInAPackage("fi.hoitomalli.mail..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(allowed())
            .because("the adapter uses core's exported packages, the JDK, Guava, SLF4J, Jakarta Mail/Angus and ical4j only");

    @ArchTest
    static final ArchRule noInternalsNorJdbc = noClasses()
            .that().resideInAPackage("fi.hoitomalli.mail..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.hoitomalli..internal..", "fi.hoitomalli.jdbc..")
            .because("adapters never use core internals or each other");

    @ArchTest
    static final ArchRule onlyTheFactoryIsPublic = classes()
            .that().resideInAPackage("fi.hoitomalli.mail..")
            .and().arePublic()
            .and().areTopLevelClasses()
            .should().haveSimpleName("MailReminders")
            .because("adapter implementation classes are package-private behind one public factory");

    static String[] allowed() {
        String[] libraries = {"java..", "javax.net..", "com.google.common..", "org.slf4j..", "jakarta.mail..",
            "jakarta.activation..", "org.eclipse.angus.mail..", "net.fortuna.ical4j..", "fi.hoitomalli.mail.."};
        String[] all = new String[libraries.length + CORE_EXPORTED.length];
        System.arraycopy(libraries, 0, all, 0, libraries.length);
        System.arraycopy(CORE_EXPORTED, 0, all, libraries.length, CORE_EXPORTED.length);
        return all;
    }

    @Test
    void rulesCanFail() {
        JavaClasses fixture = new ClassFileImporter().importPackages("fi.hoitomalli.mail.archfixture");
        assertThat(fixture).isNotEmpty();
        for (ArchRule rule : new ArchRule[] {dependsOnlyOnCoreApiAndItsLibraries, noInternalsNorJdbc, onlyTheFactoryIsPublic}) {
            assertThat(rule.evaluate(fixture).hasViolation()).as("rule must catch the fixture: %s", rule.getDescription())
                    .isTrue();
        }
    }

    @Test
    void theFixtureIsNotPartOfTheAnalysedAdapter() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.hoitomalli.mail");
        assertThat(production).isNotEmpty();
        assertThat(production.stream().filter(c -> c.getPackageName().contains("archfixture"))).isEmpty();
    }
}
