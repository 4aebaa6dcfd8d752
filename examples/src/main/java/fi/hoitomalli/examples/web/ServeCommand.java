package fi.hoitomalli.examples.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.CareModelAccessPolicy;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.forms.FormKind;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.forms.QuickLink;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/**
 * {@code --serve}: the quick-link web forms for the Vantaa reference city on 127.0.0.1, until stopped
 * with Ctrl+C. Prints the quick links of every team's secretaries. Records are stored through the JDBC
 * adapter, by default in an embedded in-memory H2 database (migrated on start, gone when the server
 * stops); {@code --jdbc-url} names another database — an H2 file ({@code jdbc:h2:file:…}), PostgreSQL or
 * MariaDB — whose schema is migrated and never reset, so records outlive the server. New records take
 * their ids from the database's sequence ({@link JdbcStores#idSource(String)}): ids never repeat, also not
 * after a restart or with several servers on one database.
 *
 * <pre>
 * ./mvnw -q -Pdemo package -Ddemo.mainClass=fi.hoitomalli.examples.web.ServeCommand -Ddemo.args="--port 8080"
 * </pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the two documentation forms of the Vantaa reference city from quick links.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = {"-p", "--port"}, defaultValue = "8080",
            description = "TCP port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--language", defaultValue = "fi",
            description = "Language of the printed quick links: fi, sv or en (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--jdbc-url", defaultValue = "jdbc:h2:mem:hoitomalli-web;DB_CLOSE_DELAY=-1",
            description = "JDBC URL of the database the forms are stored in: H2 (e.g. jdbc:h2:file:./forms), "
                    + "PostgreSQL or MariaDB; migrated, never reset (default: ${DEFAULT-VALUE}).")
    String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "", description = "Database user (default: none).")
    String jdbcUser;

    @Option(names = "--jdbc-password", defaultValue = "", description = "Database password (default: none).")
    String jdbcPassword;

    @Option(names = "--once", hidden = true, description = "Start, print the links and stop (for tests).")
    boolean once;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command with the process's arguments; exits with its code. */
    public static void main(String[] args) {
        // the pool's start-up lines would bury the printed links
        if (System.getProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
        }
        System.exit(new CommandLine(new ServeCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Language linkLanguage;
        try {
            linkLanguage = Language.ofTag(language);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        ReferenceCity city = VantaaReference.city();
        FormsDatabase database;
        try {
            database = FormsDatabase.open(jdbcUrl, jdbcUser, jdbcPassword);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("Could not open the database " + jdbcUrl + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return CommandLine.ExitCode.SOFTWARE;
        }
        FormsWebServer server;
        try {
            server = FormsWebServer.start(vantaa(city, Clock.system(WorkingCalendar.HELSINKI), database.stores()), port);
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
        printLinks(out, city, server, linkLanguage);
        if (once) {
            server.close();
            database.close();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            database.close();
            stopped.countDown();
        }, "web-forms-shutdown"));
        out.println("Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    /**
     * The forms site of the reference city, recording through the JDBC adapter with ids from its database
     * sequence ({@code WEB-n}).
     */
    static FormsSite vantaa(ReferenceCity city, Clock clock, JdbcStores database) {
        WorkingCalendar calendar = WorkingCalendar.vantaaDefault();
        AccessPolicy access = new CareModelAccessPolicy(city.serviceCentre(), city.potAssignment(),
                city.customerBase(), Absences.none(), calendar, clock);
        FormStores stores = FormStores.jdbc(database, access);
        return FormsSite.of(stores, city.serviceCentre(), city.orgStructure().sectors(), calendar,
                FormsPolicy.defaults(), clock, database.idSource("WEB"));
    }

    private static void printLinks(PrintWriter out, ReferenceCity city, FormsWebServer server, Language language) {
        out.println("Hoitomalli web forms for " + city.name() + ": " + server.baseUri() + language.tag() + "/");
        for (ServiceTeam team : city.serviceCentre().teams()) {
            out.println();
            out.println(team.name() + " (" + team.id().value() + "), open feedback: "
                    + server.openFeedbackLink(team.id(), language));
            for (SecretaryId member : team.members()) {
                String name = city.serviceCentre().secretary(member).map(Secretary::name).orElse(member.value());
                out.printf("  %-4s %-28s feedback:  %s%n", member.value(), name,
                        server.quickLink(QuickLink.prefilled(FormKind.FEEDBACK, member, team.id()), language));
                out.printf("  %-4s %-28s situation: %s%n", "", "",
                        server.quickLink(QuickLink.prefilled(FormKind.SITUATION, member, team.id()), language));
            }
        }
        out.println();
        out.flush();
    }
}
