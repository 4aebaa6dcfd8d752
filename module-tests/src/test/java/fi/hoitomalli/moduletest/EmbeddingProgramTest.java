package fi.hoitomalli.moduletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link Main} in a child JVM, once with every jar on the module path (the library as named modules)
 * and once on the class path, and checks that both runs do the same work.
 */
class EmbeddingProgramTest {

    private static final Path TARGET = Path.of("target");

    @Test
    void runsOnTheModulePath() throws Exception {
        Run run = launch("--module-path", path(), "-m", "fi.hoitomalli.moduletest/fi.hoitomalli.moduletest.Main");

        assertThat(run.output()).as(run.toString()).contains("module: fi.hoitomalli.moduletest")
                .contains("flyway: automatic module flyway.core");
        assertWorked(run);
    }

    @Test
    void runsOnTheClassPath() throws Exception {
        Run run = launch("-cp", path(), "fi.hoitomalli.moduletest.Main");

        assertThat(run.output()).as(run.toString()).contains("module: unnamed")
                .contains("flyway: not a named module");
        assertWorked(run);
    }

    private static void assertWorked(Run run) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.output()).as(run.toString())
                .contains("csv import: customers.csv, rivi 3, sarake role: on oltava employee, supervisor tai executive"
                        + " (arvo \"boss\")")
                .contains("pot plan: 41 pots")
                .containsPattern("phone hours: team \\S+, \\d+ windows a week, proven optimal")
                .containsPattern("jdbc: [1-9]\\d* customers stored and read back, schema version [1-9]\\d*")
                .contains("all steps passed");
        assertThat(run.output()).as(run.toString()).doesNotContain("Exception");
    }

    /** This module's classes and its runtime jars, as the build resolved them. */
    private static String path() throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(TARGET.resolve("classes").toAbsolutePath().toString());
        Files.readAllLines(TARGET.resolve("runtime-path.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    private static Run launch(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-Xmx512m");
        command.addAll(List.of(args));
        Path log = Files.createTempFile(TARGET, "embedding-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the program did not end in 120 s: " + Files.readString(log));
        }
        return new Run(String.join(" ", args), process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Run(String arguments, int exitCode, String output) {
        @Override
        public String toString() {
            return "java " + arguments + " exited with " + exitCode + ":\n" + output;
        }
    }
}
