package fi.hoitomalli.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
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
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import fi.hoitomalli.customer.CustomerBase;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of the JDBC adapter (DEVELOPERS.md, "Where things go"): it uses only the
 * packages core exports — read from core's own module descriptor, so a newly exported feature is allowed
 * and an unexported one is not — never an {@code ..internal..} package or the mail adapter, and only the
 * factory, its configuration types and {@link StorageException} are public. {@link #rulesCanFail()} proves
 * each rule against the fixture package {@code fi.hoitomalli.jdbcfixture} (test sources only).
 */
@AnalyzeClasses(packages = "fi.hoitomalli.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class JdbcArchitectureTest {

    static final String ADAPTER = "fi.hoitomalli.jdbc..";
    static final Set<String> PUBLIC_API = Set.of(JdbcStores.class.getName(), JdbcStores.Builder.class.getName(),
            SchemaMode.class.getName(), StorageException.class.getName());

    @ArchTest
    static final ArchRule usesOnlyExportedCorePackages = onlyExportedHoitomalliPackages(ADAPTER, "fi.hoitomalli.jdbc",
            coreExports());

    @ArchTest
    static final ArchRule neverUsesInternals = neverInternals(ADAPTER);

    @ArchTest
    static final ArchRule neverUsesTheMailAdapter = neverMail(ADAPTER, "fi.hoitomalli.mail..");

    @ArchTest
    static final ArchRule implementationIsNotPublic = onlyApiPublic(ADAPTER, PUBLIC_API);

    static ArchRule onlyExportedHoitomalliPackages(String adapter, String ownRoot, Set<String> exports) {
        return classes().that().resideInAPackage(adapter)
                .should(new ArchCondition<JavaClass>("depend only on the packages core exports " + exports) {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getPackageName();
                            boolean hoitomalli = target.startsWith("fi.hoitomalli.");
                            boolean own = target.equals(ownRoot) || target.startsWith(ownRoot + ".");
                            if (hoitomalli && !own && !exports.contains(target)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .because("an adapter sees core only through its module's exported API");
    }

    static ArchRule neverInternals(String adapter) {
        return noClasses().that().resideInAPackage(adapter)
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("..internal.. packages belong to their feature alone");
    }

    static ArchRule neverMail(String adapter, String mail) {
        return noClasses().that().resideInAPackage(adapter)
                .should().dependOnClassesThat().resideInAPackage(mail)
                .because("adapters never depend on each other");
    }

    static ArchRule onlyApiPublic(String adapter, Set<String> api) {
        return classes().that().resideInAPackage(adapter).and().arePublic()
                .should(new ArchCondition<JavaClass>("be the factory, its configuration or StorageException") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        if (!api.contains(item.getName())) {
                            events.add(SimpleConditionEvent.violated(item, item.getName() + " is public"));
                        }
                    }
                })
                .because("adapter classes are package-private behind one public factory");
    }

    /** The unqualified exports of core's module descriptor, read from where core's classes come from. */
    static Set<String> coreExports() {
        try {
            Path location = Path.of(CustomerBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            ModuleDescriptor descriptor;
            if (Files.isDirectory(location)) {
                try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
                    descriptor = ModuleDescriptor.read(in);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile());
                     InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
                    descriptor = ModuleDescriptor.read(in);
                }
            }
            return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void coreExportsAreReadFromItsDescriptor() {
        assertThat(coreExports()).contains("fi.hoitomalli.common", "fi.hoitomalli.customer", "fi.hoitomalli.json")
                .allMatch(p -> !p.contains(".internal"));
    }

    @Test
    void rulesCanFail() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("fi.hoitomalli.jdbcfixture");
        assertThat(fixtures).isNotEmpty();
        String adapter = "fi.hoitomalli.jdbcfixture.adapter..";
        for (ArchRule rule : new ArchRule[] {
            onlyExportedHoitomalliPackages(adapter, "fi.hoitomalli.jdbcfixture.adapter", coreExports()),
            neverInternals(adapter),
            neverMail(adapter, "fi.hoitomalli.jdbcfixture.mail.."),
            onlyApiPublic(adapter, PUBLIC_API)
        }) {
            assertThat(rule.evaluate(fixtures).hasViolation())
                    .as("rule must catch the fixture: %s", rule.getDescription()).isTrue();
        }
    }

    @Test
    void fixtureIsNotPartOfTheAnalysedAdapter() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.hoitomalli.jdbc");
        assertThat(production).isNotEmpty()
                .noneMatch(c -> c.getPackageName().startsWith("fi.hoitomalli.jdbcfixture"))
                .noneMatch(c -> c.getSimpleName().endsWith("Test"));
    }
}
