package fi.hoitomalli.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import fi.hoitomalli.examples.Demo;

class ServeCommandTest {

    @Test
    void printsTheQuickLinksOfEveryVantaaSecretary() {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new ServeCommand()).setOut(new PrintWriter(out));

        int exit = command.execute("--port", "0", "--language", "sv", "--once");

        assertThat(exit).isZero();
        String printed = out.toString();
        assertThat(Pattern.compile("feedback: +http://127\\.0\\.0\\.1:\\d+/sv/forms/feedback\\?recorder=[^&\\s]+&team=[^&\\s]+")
                .matcher(printed).results().count()).isEqualTo(41);
        assertThat(Pattern.compile("situation: +http://127\\.0\\.0\\.1:\\d+/sv/forms/situation\\?recorder=")
                .matcher(printed).results().count()).isEqualTo(41);
        assertThat(Pattern.compile("open feedback: http://127\\.0\\.0\\.1:\\d+/sv/open-feedback\\?team=T[1-6]\\R")
                .matcher(printed).results().count()).isEqualTo(6);
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err));

        assertThat(command.execute("--language", "de", "--once")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("unknown language tag: de");
    }

    @Test
    void theDemosServeStoresTheFormsInTheDatabaseOfItsJdbcUrl(@TempDir Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("forms").toAbsolutePath();
        StringWriter out = new StringWriter();
        CommandLine demo = new CommandLine(new Demo()).setOut(new PrintWriter(out));

        int exit = demo.execute("--serve", "--port", "0", "--jdbc-url", url, "--once");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("feedback:");
        assertThat(folder.resolve("forms.mv.db")).exists();
        try (FormsDatabase database = FormsDatabase.open(url, "", "")) {
            assertThat(database.stores().schemaVersion()).isNotBlank();
        }
    }

    @Test
    void theDemosServeRefusesTheDemoRunsOptionsAndTheDemoRunTheServersPort() {
        for (String[] arguments : new String[][] {
                {"--serve", "--once", "--port", "0", "--output", "elsewhere"},
                {"--serve", "--once", "--port", "0", "--year", "2028"},
                {"--serve", "--once", "--port", "0", "--mail-dry-run"},
                {"--port", "9090"}}) {
            StringWriter err = new StringWriter();
            CommandLine demo = new CommandLine(new Demo()).setErr(new PrintWriter(err));

            assertThat(demo.execute(arguments)).as(String.join(" ", arguments)).isEqualTo(CommandLine.ExitCode.USAGE);
            String option = arguments[arguments[0].equals("--serve") ? 4 : 0];
            assertThat(err.toString()).as(String.join(" ", arguments)).contains(option + " does not go with");
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsNamedAndEndsTheCommand() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err));

        int exit = command.execute("--port", "0", "--jdbc-url", "jdbc:nosuch:db", "--once");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.SOFTWARE);
        assertThat(err.toString()).contains("Could not open the database jdbc:nosuch:db");
    }
}
