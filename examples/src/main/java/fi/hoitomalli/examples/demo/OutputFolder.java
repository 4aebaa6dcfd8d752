package fi.hoitomalli.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo's output folder: emptied at the start of every run, but only when it is empty or was made by
 * the demo (it holds the marker file {@value #MARKER}), so that a mistyped {@code --output} never deletes
 * somebody's files.
 */
final class OutputFolder {

    static final String MARKER = ".hoitomalli-demo";

    private OutputFolder() {
    }

    /**
     * Empties (or creates) the folder and marks it as the demo's.
     *
     * @return whether an earlier run's output was removed
     * @throws IllegalStateException if the folder has files and no marker
     */
    static boolean reset(Path folder) {
        try {
            boolean existed = Files.isDirectory(folder) && !isEmpty(folder);
            if (existed && !Files.exists(folder.resolve(MARKER))) {
                throw new IllegalStateException(folder.toAbsolutePath() + " is not empty and was not made by the "
                        + "demo (no " + MARKER + " file): choose another --output");
            }
            if (existed) {
                try (Stream<Path> all = Files.walk(folder)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(folder)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(MARKER), "made by fi.hoitomalli.examples.Demo; emptied on every run\n");
            return existed;
        } catch (IOException e) {
            throw new UncheckedIOException("could not reset " + folder, e);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
