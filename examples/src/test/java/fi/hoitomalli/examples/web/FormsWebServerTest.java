package fi.hoitomalli.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.forms.FormKind;
import fi.hoitomalli.forms.QuickLink;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.testkit.FormsFixture;

/** The web forms over plain HTTP: the rules of a post, languages, status codes (no browser needed). */
class FormsWebServerTest {

    private static FormsWebServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws IOException {
        server = FormsWebServer.start(TestSites.site(), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aQuickLinkOpensTheFormPrefilledWithASessionCookie() throws Exception {
        HttpResponse<String> page = get(feedbackLink(1, Language.FI), Map.of());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie")).get().asString()
                .startsWith(Session.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
        assertThat(page.body()).contains("<html lang=\"fi\">")
                .containsPattern("id=\"f-recorder\" name=\"recorder\"[^>]* value=\"S-1\"")
                .containsPattern("id=\"f-team\" name=\"team\"[^>]* value=\"T-SIVI\"")
                .containsPattern("id=\"f-date\" name=\"date\"[^>]* value=\"2027-03-10\"")
                .contains("<option value=\"SIVI\" selected>Sivistystoimi</option>");
    }

    @Test
    void withoutALanguagePrefixTheBrowsersPreferenceDecides() throws Exception {
        String link = server.baseUri() + "forms/situation?recorder=S-5&team=T-SOTE";

        assertThat(get(link, Map.of("Accept-Language", "sv-FI,sv;q=0.9,fi;q=0.5")).body())
                .contains("<html lang=\"sv\">").contains("Dokumentation av en kundsituation");
        assertThat(get(link, Map.of("Accept-Language", "en-GB,en;q=0.8")).body()).contains("<html lang=\"en\">");
        assertThat(get(link, Map.of()).body()).contains("<html lang=\"fi\">");
    }

    @Test
    void aValidPostIsRecordedAndRedirectedToTheTeamsOpenFeedback() throws Exception {
        Browser browser = Browser.open(feedbackLink(2, Language.EN));
        Map<String, String> form = validFeedback(2);
        form.put("text", "Quick and friendly answer about the pay slip");

        HttpResponse<String> posted = browser.post(feedbackLink(2, Language.EN), form, Map.of());

        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/en/open-feedback?team=T-SIVI&recorder=S-2&recorded=feedback%3A");
        HttpResponse<String> list = get(server.baseUri().resolve(location).toString(), Map.of());
        assertThat(list.body()).contains("Feedback saved. It must be answered by 17 Mar 2027.")
                .contains("Quick and friendly answer about the pay slip")
                .contains("<time datetime=\"2027-03-17\">17 Mar 2027</time>");
    }

    @Test
    void anInvalidPostComesBackWithTheMessagesAndWhatWasTyped() throws Exception {
        Browser browser = Browser.open(feedbackLink(3, Language.SV));
        Map<String, String> form = validFeedback(3);
        form.remove("kind");
        form.put("text", "Svar på lönen <b>försenat</b>");
        form.put("date", "10.3.2027");

        HttpResponse<String> posted = browser.post(feedbackLink(3, Language.SV), form, Map.of());

        assertThat(posted.statusCode()).isEqualTo(422);
        assertThat(posted.body()).contains("<html lang=\"sv\">")
                .contains("Typ av respons är obligatoriskt")
                .contains("Datumet 10.3.2027 har inte formen åååå-mm-dd")
                .doesNotContain("Datum är obligatoriskt")
                .contains(">Svar på lönen &lt;b&gt;försenat&lt;/b&gt;</textarea>")
                .containsPattern("value=\"10.3.2027\"");
    }

    @Test
    void aFeedbackFromASectorTheCityDoesNotHaveIsNotStored() throws Exception {
        Browser browser = Browser.open(feedbackLink(2, Language.EN));
        Map<String, String> form = validFeedback(2);
        form.put("sector", "ZZZ");
        form.put("text", "From nowhere");

        HttpResponse<String> posted = browser.post(feedbackLink(2, Language.EN), form, Map.of());

        assertThat(posted.statusCode()).isEqualTo(422);
        assertThat(posted.body()).contains("Sector ZZZ is not known");
        assertThat(openFeedbackOf("T-SIVI")).doesNotContain("From nowhere");
    }

    @Test
    void aPostWithoutTheSessionsTokenIsRejected() throws Exception {
        Browser browser = Browser.open(feedbackLink(4, Language.FI));
        Map<String, String> form = validFeedback(4);
        form.put(FormPage.TOKEN_FIELD, "forged");

        assertThat(browser.post(feedbackLink(4, Language.FI), form, Map.of()).statusCode()).isEqualTo(403);
        Map<String, String> noCookie = validFeedback(4);
        noCookie.put(FormPage.TOKEN_FIELD, browser.token);
        assertThat(post(feedbackLink(4, Language.FI), noCookie, Map.of()).statusCode()).isEqualTo(403);
        assertThat(openFeedbackOf("T-SIVI")).doesNotContain("S-4");
    }

    @Test
    void aCrossSitePostIsRejectedEvenWithTheToken() throws Exception {
        Browser browser = Browser.open(feedbackLink(1, Language.FI));
        Map<String, String> form = validFeedback(1);
        form.put("text", "cross-site");

        assertThat(browser.post(feedbackLink(1, Language.FI), form, Map.of("Origin", "http://evil.example"))
                .statusCode()).isEqualTo(403);
        assertThat(browser.post(feedbackLink(1, Language.FI), form, Map.of("Sec-Fetch-Site", "cross-site"))
                .statusCode()).isEqualTo(403);
        assertThat(openFeedbackOf("T-SIVI")).doesNotContain("cross-site");
    }

    @Test
    void onlyFormPostsOfModestSizeAreRead() throws Exception {
        Browser browser = Browser.open(feedbackLink(1, Language.FI));
        HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(URI.create(feedbackLink(1, Language.FI)))
                .header("Content-Type", "application/json").header("Cookie", browser.cookie)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> huge = validFeedback(1);
        huge.put("text", "x".repeat(FormsRoutes.MAX_BODY_BYTES));

        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(browser.post(feedbackLink(1, Language.FI), huge, Map.of()).statusCode()).isEqualTo(413);
    }

    @Test
    void unknownAddressesAndMethodsAreRefused() throws Exception {
        assertThat(get(server.baseUri() + "fi/forms/complaint?recorder=S-1&team=T-SIVI", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(get(server.baseUri() + "fi/open-feedback?team=NOPE", Map.of()).statusCode()).isEqualTo(404);
        assertThat(get(server.baseUri() + "etc/passwd", Map.of()).statusCode()).isEqualTo(404);
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(feedbackLink(1, Language.FI)))
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).contains("GET, POST");
    }

    @Test
    void onlyARecordThatExistsInTheTeamIsConfirmed() throws Exception {
        String list = server.baseUri() + "fi/open-feedback?team=T-SIVI&recorded=";

        assertThat(get(list + "situation%3ANOPE", Map.of()).body()).doesNotContain("role=\"status\"");
        assertThat(get(list + "feedback%3ANOPE", Map.of()).body()).doesNotContain("role=\"status\"");
        assertThat(get(list + "%3Cscript%3E", Map.of()).body()).doesNotContain("<script>");
    }

    @Test
    void theStartPageListsEveryTeamsQuickLinks() throws Exception {
        String index = get(server.baseUri() + "sv/", Map.of()).body();

        assertThat(index).contains("<html lang=\"sv\">")
                .contains("href=\"/sv/forms/feedback?recorder=S-8&amp;team=T-SOTE\"")
                .contains("href=\"/sv/forms/situation?recorder=S-1&amp;team=T-SIVI\"")
                .contains("href=\"/sv/open-feedback?team=T-SOTE\"");
    }

    @Test
    void quickLinksAreAbsoluteAndInTheLibrarysFormat() {
        assertThat(server.quickLink(QuickLink.prefilled(FormKind.FEEDBACK, new SecretaryId("S-1"), FormsFixture.SIVI_TEAM),
                Language.SV)).isEqualTo("http://127.0.0.1:" + server.port() + "/sv/forms/feedback?recorder=S-1&team=T-SIVI");
    }

    private static String feedbackLink(int secretary, Language language) {
        return server.quickLink(QuickLink.prefilled(FormKind.FEEDBACK, FormsFixture.secretary(secretary),
                secretary <= 4 ? FormsFixture.SIVI_TEAM : FormsFixture.SOTE_TEAM), language);
    }

    private static Map<String, String> validFeedback(int secretary) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recorder", "S-" + secretary);
        form.put("team", secretary <= 4 ? "T-SIVI" : "T-SOTE");
        form.put("date", "2027-03-10");
        form.put("kind", "POSITIVE");
        form.put("reason", "SERVICE_QUALITY");
        form.put("text", "Kiitos nopeasta vastauksesta");
        form.put("channel", "OWN_SECRETARY");
        form.put("sector", secretary <= 4 ? "SIVI" : "SOTE");
        form.put("role", "SUPERVISOR");
        return form;
    }

    private static String openFeedbackOf(String team) throws Exception {
        return get(server.baseUri() + "fi/open-feedback?team=" + team, Map.of()).body();
    }

    private static HttpResponse<String> get(String uri, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String uri, Map<String, String> form, Map<String, String> headers)
            throws Exception {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A browser session: the cookie and the form token of a page it opened. */
    private static final class Browser {
        final String cookie;
        final String token;

        private Browser(String cookie, String token) {
            this.cookie = cookie;
            this.token = token;
        }

        static Browser open(String link) throws Exception {
            HttpResponse<String> page = get(link, Map.of());
            String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
            assertThat(token.find()).isTrue();
            return new Browser(cookie, token.group(1));
        }

        HttpResponse<String> post(String uri, Map<String, String> form, Map<String, String> headers) throws Exception {
            Map<String, String> withToken = new LinkedHashMap<>();
            withToken.put(FormPage.TOKEN_FIELD, token);
            withToken.putAll(form);
            Map<String, String> withCookie = new LinkedHashMap<>(headers);
            withCookie.put("Cookie", cookie);
            return FormsWebServerTest.post(uri, withToken, withCookie);
        }
    }
}
