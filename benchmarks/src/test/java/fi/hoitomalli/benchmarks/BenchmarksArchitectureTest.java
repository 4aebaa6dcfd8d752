package fi.hoitomalli.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.hoitomalli.json.HoitomalliModule;
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
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure the library as an embedder uses it: through the packages core exports only (the
 * same rules as the examples'). Every rule keeps {@code failOnEmptyShould}; {@link #rulesCanFail()} proves
 * against the fixture package {@code fi.hoitomalli.benchmarks.archfixture} (test sources) that they catch a
 * violation.
 */
@AnalyzeClasses(packages = "fi.hoitomalli.benchmarks", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchmarksArchitectureTest {

    /** The packages core's module descriptor exports, read from the descriptor itself. */
    static final Set<String> CORE_EXPORTS = coreExports();

    @ArchTest
    static final ArchRule noInternalPackages = noClasses()
            .that().resideInAPackage("fi.hoitomalli.benchmarks..")
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("a benchmark measures what an embedder can call: internal packages are not API");

    @ArchTest
    static final ArchRule coreOnlyThroughExportedPackages = classes()
            .that().resideInAPackage("fi.hoitomalli.benchmarks..")
            .should().onlyDependOnClassesThat(exportedOrOutsideCore())
            .because("only the packages exported by fi.hoitomalli.core's module-info are the library's API");

    @Test
    void rulesCanFail() {
        var fixture = new ClassFileImporter().importPackages("fi.hoitomalli.benchmarks.archfixture");
        assertThat(noInternalPackages.evaluate(fixture).hasViolation()).isTrue();
        assertThat(coreOnlyThroughExportedPackages.evaluate(fixture).hasViolation()).isTrue();
        assertThat(CORE_EXPORTS).contains("fi.hoitomalli.team", "fi.hoitomalli.phone")
                .doesNotContain("fi.hoitomalli.team.internal");
    }

    private static DescribedPredicate<JavaClass> exportedOrOutsideCore() {
        return new DescribedPredicate<>("are outside core or in a package core exports " + CORE_EXPORTS) {
            @Override
            public boolean test(JavaClass target) {
                String pkg = target.getPackageName();
                boolean library = pkg.startsWith("fi.hoitomalli.") && !pkg.startsWith("fi.hoitomalli.benchmarks");
                boolean core = library && target.getSource().map(s -> s.getUri().toString())
                        .map(uri -> uri.contains(coreLocation())).orElse(false);
                return !core || CORE_EXPORTS.contains(pkg);
            }
        };
    }

    private static String coreLocation() {
        return HoitomalliModule.class.getProtectionDomain().getCodeSource().getLocation().toString();
    }

    private static Set<String> coreExports() {
        try {
            Path location = Path.of(HoitomalliModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
                    return exports(ModuleDescriptor.read(in));
                }
            }
            try (JarFile jar = new JarFile(location.toFile());
                 InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
                return exports(ModuleDescriptor.read(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> exports(ModuleDescriptor descriptor) {
        return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toUnmodifiableSet());
    }
}
