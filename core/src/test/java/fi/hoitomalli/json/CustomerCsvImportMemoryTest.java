package fi.hoitomalli.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's memory does not grow with the number of violations: in a JVM of its own with a 256 MiB heap,
 * a file of 200,000 bad rows (600,000 violations) is rejected with a capped report, and a valid file of
 * about 14 MB still imports. The files are generated into a temporary folder.
 */
class CustomerCsvImportMemoryTest {

    private static final String HEAP = "-Xmx256m";
    private static final int ROWS = 200_000;

    private static final String SECTORS = CsvImportFixture.SIVI_SECTOR;

    private static final String UNITS = """
            id,sector,parent,name,service_centre
            SIVI-PK,SIVI,,Päiväkodit,
            SIVI-PK-01,SIVI,SIVI-PK,Päiväkoti Äimä,inherit
            """;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandBadRowsAreRejectedWithACappedReportIn256MiB() throws Exception {
        Path customers = dir.resolve("customers.csv");
        try (BufferedWriter out = header(customers)) {
            for (int i = 0; i < ROWS; i++) {
                // three violations a row: role, language, e-mail
                out.write("B" + i + ",boss,Nimi,SIVI-PK,KVTES,ru,x,,\n");
            }
        }

        String outcome = importInChildJvm(customers);

        assertThat(outcome).startsWith("rejected listed=" + CustomerCsvImport.MAX_LISTED_VIOLATIONS
                + " total=600000 omitted=599000 ");
    }

    @Test
    void aValidFileOfFourteenMegabytesImportsIn256MiB() throws Exception {
        Path customers = dir.resolve("customers.csv");
        int rows = 175_000;
        try (BufferedWriter out = header(customers)) {
            for (int i = 0; i < rows; i++) {
                String id = String.format("P%06d", i);
                if (i % 20 == 0) {
                    out.write(id + ",supervisor,Esimies " + id + ",SIVI-PK,KVTES,fi," + id.toLowerCase()
                            + "@vantaa.fi,,SIVI-PK;SIVI-PK-01\n");
                } else {
                    out.write(id + ",employee,Työntekijä " + id + ",SIVI-PK-01,KVTES,fi," + id.toLowerCase()
                            + "@vantaa.fi," + String.format("P%06d", i - i % 20) + ",\n");
                }
            }
        }
        assertThat(Files.size(customers)).isBetween(13_000_000L, 15_000_000L);

        String outcome = importInChildJvm(customers);

        assertThat(outcome).startsWith("imported customers=" + rows + " ");
    }

    private static BufferedWriter header(Path file) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(CsvImportFixture.CUSTOMERS_HEADER);
        return out;
    }

    private String importInChildJvm(Path customers) throws IOException, InterruptedException {
        Path sectors = Files.writeString(dir.resolve("sectors.csv"), SECTORS, StandardCharsets.UTF_8);
        Path units = Files.writeString(dir.resolve("units.csv"), UNITS, StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(List.of(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
                CustomerCsvImportChild.class.getName(), sectors.toString(), units.toString(), customers.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = child.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("the child JVM finished within 5 minutes; output:%n%s", output).isTrue();
        assertThat(child.exitValue()).as("the child JVM's exit code; output:%n%s", output).isZero();
        String outcome = output.lines().filter(l -> l.startsWith("imported") || l.startsWith("rejected"))
                .findFirst().orElse(output);
        System.out.println("CustomerCsvImportMemoryTest (" + HEAP + ", " + Files.size(customers) + " bytes): "
                + outcome);
        return outcome;
    }
}
