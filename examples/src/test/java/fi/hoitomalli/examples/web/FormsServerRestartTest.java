package fi.hoitomalli.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FormKind;
import fi.hoitomalli.forms.QuickLink;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/**
 * The forms server as {@code --serve --jdbc-url jdbc:h2:file:…} runs it, stopped and started again on the
 * same file: nothing recorded before the restart is lost or replaced, and every record keeps its own id.
 */
class FormsServerRestartTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC),
            WorkingCalendar.HELSINKI);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ReferenceCity CITY = VantaaReference.city();

    @TempDir
    Path folder;

    @Test
    void recordsPostedBeforeARestartSurviveItAndEveryRecordHasItsOwnId() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("web").toAbsolutePath();
        ServiceTeam team = CITY.serviceCentre().teams().get(0);
        SecretaryId recorder = team.members().get(0);

        try (FormsDatabase database = FormsDatabase.open(url, "", "");
             FormsWebServer first = FormsWebServer.start(ServeCommand.vantaa(CITY, CLOCK, database.stores()), 0)) {
            assertThat(postFeedback(first, team, recorder, "ennen uudelleenkäynnistystä 1")).isEqualTo(303);
            assertThat(postFeedback(first, team, recorder, "ennen uudelleenkäynnistystä 2")).isEqualTo(303);
        }
        try (FormsDatabase database = FormsDatabase.open(url, "", "");
             FormsWebServer second = FormsWebServer.start(ServeCommand.vantaa(CITY, CLOCK, database.stores()), 0)) {
            assertThat(postFeedback(second, team, recorder, "uudelleenkäynnistyksen jälkeen")).isEqualTo(303);
        }

        try (FormsDatabase reopened = FormsDatabase.open(url, "", "")) {
            List<FeedbackReport> stored = reopened.stores().feedbackReports(AccessPolicy.denyAll())
                    .recordedIn(new DateRange(TODAY, TODAY));
            assertThat(stored).extracting(r -> r.details().text()).containsExactlyInAnyOrder(
                    "ennen uudelleenkäynnistystä 1", "ennen uudelleenkäynnistystä 2", "uudelleenkäynnistyksen jälkeen");
            assertThat(stored).extracting(r -> r.id().value()).doesNotHaveDuplicates()
                    .allMatch(id -> id.matches("WEB-\\d+"));
        }
    }

    /** Opens the secretary's quick link like a browser (cookie, form token) and posts a valid feedback. */
    private static int postFeedback(FormsWebServer server, ServiceTeam team, SecretaryId recorder, String text)
            throws Exception {
        String link = server.quickLink(QuickLink.prefilled(FormKind.FEEDBACK, recorder, team.id()), Language.FI);
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the form's token").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put(FormPage.TOKEN_FIELD, token.group(1));
        form.put("recorder", recorder.value());
        form.put("team", team.id().value());
        form.put("date", TODAY.toString());
        form.put("kind", "POSITIVE");
        form.put("reason", "SERVICE_QUALITY");
        form.put("text", text);
        form.put("channel", "OWN_SECRETARY");
        form.put("sector", team.sectors().iterator().next().value());
        form.put("role", "SUPERVISOR");
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return posted.statusCode();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
