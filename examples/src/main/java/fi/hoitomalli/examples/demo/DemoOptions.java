package fi.hoitomalli.examples.demo;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the demo was asked to do: where its artefacts go, the year it plans, and the database it stores
 * into (empty: an embedded H2 file database in the output folder).
 *
 * @param output the output folder; emptied at the start of a run
 * @param year the planning year, e.g. 2027
 * @param jdbcUrl a PostgreSQL or MariaDB URL, or empty for embedded H2
 * @param jdbcUser the database user (ignored for H2)
 * @param jdbcPassword the database password (ignored for H2)
 */
public record DemoOptions(Path output, int year, Optional<String> jdbcUrl, String jdbcUser, String jdbcPassword) {

    /** The default output folder, git-ignored in this repository. */
    public static final Path DEFAULT_OUTPUT = Path.of("hoitomalli-demo-output");

    /** The default planning year. */
    public static final int DEFAULT_YEAR = 2027;

    public DemoOptions {
        Objects.requireNonNull(output, "output must not be null");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl must not be null");
        Objects.requireNonNull(jdbcUser, "jdbcUser must not be null");
        Objects.requireNonNull(jdbcPassword, "jdbcPassword must not be null");
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be between 2000 and 2100: " + year);
        }
    }

    /** The defaults: {@code ./hoitomalli-demo-output}, 2027, embedded H2. */
    public static DemoOptions defaults() {
        return new DemoOptions(DEFAULT_OUTPUT, DEFAULT_YEAR, Optional.empty(), "", "");
    }

    /** The same options writing to another folder. */
    public DemoOptions withOutput(Path newOutput) {
        return new DemoOptions(newOutput, year, jdbcUrl, jdbcUser, jdbcPassword);
    }
}
