package fi.hoitomalli.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
}
