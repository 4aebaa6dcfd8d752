package fi.hoitomalli.examples.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The default build ({@code ./mvnw verify}) runs wherever a JDK 17 runs: the benchmarks, with the peer solvers
 * (Timefold Solver, OR-Tools CP-SAT and its platform-specific native library) and JMH, are a module of the
 * {@code bench} profile only. The examples' test class path holds every default module the examples use
 * (core, testkit, both adapters) with what they bring at run time.
 */
class DefaultBuildTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"com.google.ortools.Loader", "com.google.ortools.sat.CpModel",
            "ai.timefold.solver.core.api.solver.SolverFactory", "org.openjdk.jmh.annotations.Benchmark"})
    void noPeerSolverAndNoJmhClassIsOnTheDefaultBuildsPath(String className) {
        assertThatExceptionOfType(ClassNotFoundException.class)
                .isThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()));
    }

    @Test
    void noPeerSolverJmhOrNativeLibraryJarIsOnTheDefaultBuildsPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> jars = Arrays.stream(path.split(File.pathSeparator))
                .map(entry -> Path.of(entry).getFileName().toString()).toList();
        assertThat(jars).as("the test class path").anyMatch(jar -> jar.startsWith("hibernate-validator"))
                .noneMatch(jar -> jar.startsWith("ortools") || jar.startsWith("timefold") || jar.startsWith("jmh-")
                        || jar.startsWith("jna"));
    }

    @Test
    void theBenchmarksModuleIsBuiltOnlyWithTheBenchProfile() throws Exception {
        Document root = read(ROOT.resolve("pom.xml"));
        assertThat(strings(root, "/project/modules/module")).contains("core", "examples").doesNotContain("benchmarks");
        assertThat(strings(root, "/project/profiles/profile[id='bench']/modules/module")).containsExactly("benchmarks");
        assertThat(ROOT.resolve("benchmarks/pom.xml")).exists();
    }

    private static Document read(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<String> strings(Document pom, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, pom, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }
}
