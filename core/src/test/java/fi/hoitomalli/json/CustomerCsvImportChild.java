package fi.hoitomalli.json;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports three files in a JVM of its own (started by {@link CustomerCsvImportMemoryTest} with a small
 * heap) and prints the outcome on one line: {@code imported customers=N} or {@code rejected listed=N
 * total=N omitted=N}, then {@code millis=N committedHeapMiB=N}. Exits normally unless the import throws or the
 * heap runs out.
 */
public final class CustomerCsvImportChild {

    private CustomerCsvImportChild() {
    }

    public static void main(String[] args) throws IOException {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
             Reader sectors = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             Reader units = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
             Reader customers = Files.newBufferedReader(Path.of(args[2]), StandardCharsets.UTF_8)) {
            long start = System.nanoTime();
            ImportResult result = new CustomerCsvImport(factory.getValidator()).read(sectors, units, customers);
            long millis = (System.nanoTime() - start) / 1_000_000;
            String outcome = result instanceof ImportResult.Rejected rejected
                    ? "rejected listed=" + rejected.violations().size() + " total=" + rejected.total()
                            + " omitted=" + rejected.omitted()
                    : "imported customers=" + result.orThrow().size();
            System.out.println(outcome + " millis=" + millis + " committedHeapMiB=" + committedHeapMiB());
        }
    }

    /** The heap the JVM had grown to by the end: at least what the import ever used at once. */
    private static long committedHeapMiB() {
        return Runtime.getRuntime().totalMemory() >> 20;
    }
}
