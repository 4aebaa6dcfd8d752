package fi.hoitomalli.examples;

import fi.hoitomalli.examples.demo.DemoOptions;
import fi.hoitomalli.examples.demo.DemoRun;
import fi.hoitomalli.examples.web.ServeCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The Vantaa demo, the README's main command ({@code ./mvnw -q -Pdemo package}; options through
 * {@code -Ddemo.args="--year 2028"}): the care model end to end on an embedded H2 database, or on
 * PostgreSQL/MariaDB with {@code --jdbc-url}. See {@link DemoRun} for the steps. With {@code --serve} it
 * serves the quick-link web forms instead ({@link ServeCommand}): then {@code --port}, {@code --jdbc-url},
 * {@code --jdbc-user} and {@code --jdbc-password} go to the server, the database of the URL is used as it
 * is (migrated, never reset), and the demo run's own options ({@code --output}, {@code --year},
 * {@code --mail-dry-run}) are refused, as {@code --port} is without {@code --serve}: no option is silently
 * ignored.
 */
@Command(name = "hoitomalli-demo", mixinStandardHelpOptions = true, version = "Hoitomalli demo 0.1.0",
        description = "Runs the Vantaa care model end to end and writes its artefacts to one folder.")
public final class Demo implements Callable<Integer> {

    /** Held so that java.util.logging keeps the level (it holds its loggers weakly). */
    private static final java.util.logging.Logger VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

    @Option(names = "--output", paramLabel = "DIR", description = "output folder, emptied on every run "
            + "(default: ${DEFAULT-VALUE})")
    Path output = DemoOptions.DEFAULT_OUTPUT;

    @Option(names = "--year", paramLabel = "N", description = "planning year (default: ${DEFAULT-VALUE})")
    int year = DemoOptions.DEFAULT_YEAR;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "a PostgreSQL or MariaDB URL; the demo uses "
            + "(and resets) only its own schema/database 'hoitomalli_demo' there (default: embedded H2). With "
            + "--serve: the database the web forms are stored in (H2, e.g. jdbc:h2:file:./forms, PostgreSQL or "
            + "MariaDB), used as it is: migrated, never reset (default: in-memory H2)")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "database user")
    String jdbcUser = "";

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD", description = "database password",
            interactive = false)
    String jdbcPassword = "";

    @Option(names = "--mail-dry-run", description = "write reminders with the mail adapter's dry-run channel "
            + "instead of sending them to an in-process SMTP server")
    boolean mailDryRun;

    @Option(names = "--serve", description = "instead of the demo, serve the quick-link web forms of the reference "
            + "city on 127.0.0.1 until Ctrl+C (see fi.hoitomalli.examples.web.ServeCommand)")
    boolean serve;

    @Option(names = "--port", paramLabel = "N", description = "the web forms' port with --serve; 0 picks a free one "
            + "(default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--once", hidden = true, description = "with --serve: start, print the links and stop (tests)")
    boolean once;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the demo.
     *
     * @param args the options ({@code --help} lists them)
     */
    public static void main(String[] args) {
        quietLibraryLogging();
        int status = new CommandLine(new Demo()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The report is the demo's output: library INFO logging (Flyway, HikariCP, GreenMail) would drown it. */
    private static void quietLibraryLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /**
     * Runs the demo with the parsed options; 0 when it ran to the end.
     *
     * @throws CommandLine.ParameterException if an option given does not go with {@code --serve} (or
     *     without it)
     */
    @Override
    public Integer call() {
        if (serve) {
            refuse("--serve", "--output", "--year", "--mail-dry-run");
            return new CommandLine(new ServeCommand()).setOut(spec.commandLine().getOut())
                    .setErr(spec.commandLine().getErr()).execute(serveArguments());
        }
        refuse("the demo run (without --serve)", "--port", "--once");
        DemoOptions options = new DemoOptions(output, year, Optional.ofNullable(jdbcUrl), jdbcUser, jdbcPassword);
        new DemoRun(options, mailDryRun, System.out).run();
        return 0;
    }

    /** The options of {@link ServeCommand} that the demo's command line gave. */
    private String[] serveArguments() {
        List<String> arguments = new ArrayList<>(List.of("--port", Integer.toString(port)));
        if (given("--jdbc-url")) {
            arguments.addAll(List.of("--jdbc-url", jdbcUrl));
        }
        if (given("--jdbc-user")) {
            arguments.addAll(List.of("--jdbc-user", jdbcUser));
        }
        if (given("--jdbc-password")) {
            arguments.addAll(List.of("--jdbc-password", jdbcPassword));
        }
        if (once) {
            arguments.add("--once");
        }
        return arguments.toArray(String[]::new);
    }

    private void refuse(String mode, String... options) {
        for (String option : options) {
            if (given(option)) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + " does not go with " + mode
                        + ": --serve takes --port, --jdbc-url, --jdbc-user and --jdbc-password; the demo run takes "
                        + "--output, --year, --jdbc-url, --jdbc-user, --jdbc-password and --mail-dry-run");
            }
        }
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }
}
