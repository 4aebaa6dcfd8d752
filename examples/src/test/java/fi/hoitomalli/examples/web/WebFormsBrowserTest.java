package fi.hoitomalli.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.forms.FormKind;
import fi.hoitomalli.forms.QuickLink;
import fi.hoitomalli.testkit.FormsFixture;

/**
 * The quick-link forms end to end in a real headless Chromium: a secretary opens her quick link, sends an
 * incomplete feedback, reads the errors in her language next to the fields with everything she typed
 * still there, fixes it from the keyboard, sends it and finds it in her team's open feedback with the
 * due date the library computed. Screenshots land in {@code target/screenshots/}.
 *
 * <p>Every step that leaves a page waits for the next one ({@link HeadlessChromium#navigate}), and every
 * step whose effect is asserted waits for that effect, so a slow machine makes the tests slower, never red.
 */
class WebFormsBrowserTest {

    private static FormsSite site;
    private static FormsWebServer server;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        if (!HeadlessChromium.isInstalled()) {
            return; // each test skips or fails in requireBrowser()
        }
        site = TestSites.site();
        server = FormsWebServer.start(site, 0);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @BeforeEach
    void requireBrowser() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void finnishFeedbackIsCorrectedAndListedWithItsDueDate() throws IOException {
        chromium.open(link(FormKind.FEEDBACK, 1, Language.FI), ExpectedConditions.titleIs("Palautteen dokumentointi"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fi");
        assertThat(value("f-recorder")).isEqualTo("S-1");
        assertThat(value("f-team")).isEqualTo("T-SIVI");
        assertThat(value("f-date")).isEqualTo(TestSites.TODAY.toString());

        String text = "Palkkalaskelman muutokset selitettiin <selkeästi> & nopeasti";
        type("f-text", text);
        choose("f-reason-OTHER");
        choose("f-role-SUPERVISOR");
        type("f-agreement", "KVTES");
        submit(errorPage("Virhe: Palautteen dokumentointi"));

        assertThat(browser.getTitle()).isEqualTo("Virhe: Palautteen dokumentointi");
        WebElement summary = browser.findElement(By.className("error-summary"));
        assertThat(summary.getText()).contains("Korjaa seuraavat kohdat", "Palautteen laji: Palautteen laji on pakollinen",
                "Palautekanava: Palautekanava on pakollinen", "Muu syy: Muu syy on kuvattava");
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        assertErrorNextTo("kind", "f-kind-POSITIVE", "Palautteen laji on pakollinen");
        assertErrorNextTo("channel", "f-channel-OWN_SECRETARY", "Palautekanava on pakollinen");
        assertErrorNextTo("otherReason", "f-otherReason", "Muu syy on kuvattava");
        assertThat(browser.findElement(By.id("f-text")).getAttribute("aria-invalid")).isNull();
        assertThat(value("f-text")).isEqualTo(text);
        assertThat(browser.findElement(By.id("f-reason-OTHER")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("f-role-SUPERVISOR")).isSelected()).isTrue();
        assertThat(value("f-agreement")).isEqualTo("KVTES");
        assertThat(new Select(browser.findElement(By.id("f-sector"))).getFirstSelectedOption().getText())
                .isEqualTo("Sivistystoimi");
        assertEveryControlIsLabelledAndDescribed();
        chromium.screenshot("feedback-fi-errors");

        summary.findElement(By.linkText("Palautteen laji: Palautteen laji on pakollinen")).click();
        chromium.await(ExpectedConditions.urlContains("#f-kind-POSITIVE"));
        press("f-kind-POSITIVE", Keys.SPACE);
        press("f-channel-CUSTOMER_MEETING", Keys.SPACE);
        type("f-otherReason", "Palkkalaskelman selkeys");
        chromium.navigate(() -> browser.findElement(By.id("f-otherReason")).sendKeys(Keys.ENTER),
                openFeedback("/fi/open-feedback?team=T-SIVI", "Tiimin Sivistys avoimet palautteet"));

        LocalDate due = site.forms().dueDate(TestSites.TODAY);
        assertThat(due).isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(browser.getCurrentUrl()).contains("/fi/open-feedback?team=T-SIVI");
        assertThat(browser.getTitle()).isEqualTo("Tiimin Sivistys avoimet palautteet");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Palaute tallennettu. Siihen on vastattava viimeistään 17.3.2027.");
        WebElement row = rowWith(text);
        assertThat(row.findElement(By.cssSelector("td.due time")).getAttribute("datetime")).isEqualTo(due.toString());
        assertThat(row.findElement(By.cssSelector("td.due")).getText()).isEqualTo("17.3.2027");
        assertThat(row.getText()).contains("Myönteinen", "Muu (Palkkalaskelman selkeys)", "Asiakastapaaminen", "S-1");
        Path screenshot = chromium.screenshot("open-feedback-fi");
        assertThat(Files.size(screenshot)).isPositive();
    }

    @Test
    void swedishFeedbackIsCorrectedAndListedWithItsDueDate() throws IOException {
        chromium.open(link(FormKind.FEEDBACK, 6, Language.SV), ExpectedConditions.titleIs("Dokumentation av respons"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dokumentation av respons");

        choose("f-kind-NEGATIVE");
        choose("f-reason-SERVICE_QUALITY");
        choose("f-channel-SATISFACTION_SURVEY");
        type("f-customer", "C SUP 2");
        submit(errorPage("Fel: Dokumentation av respons"));

        assertThat(browser.getTitle()).isEqualTo("Fel: Dokumentation av respons");
        assertErrorNextTo("text", "f-text", "Responsens text är obligatoriskt");
        assertErrorNextTo("role", "f-role-EMPLOYEE", "Kundens roll är obligatoriskt");
        assertErrorNextTo("customer", "f-customer",
                "får inte innehålla mellanslag eller andra blanktecken (U+0020 på position 2)");
        assertThat(browser.findElement(By.id("f-kind-NEGATIVE")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("f-channel-SATISFACTION_SURVEY")).isSelected()).isTrue();
        assertThat(value("f-customer")).isEqualTo("C SUP 2");
        chromium.screenshot("feedback-sv-errors");

        browser.findElement(By.id("f-customer")).clear();
        chromium.await(d -> value("f-customer").isEmpty());
        type("f-customer", "C-SUP-2");
        type("f-text", "Svaret om semesterersättningen dröjde två veckor.");
        choose("f-role-SUPERVISOR");
        submit(openFeedback("/sv/open-feedback?team=T-SOTE", "Teamets Sote obesvarade respons"));

        assertThat(browser.getCurrentUrl()).contains("/sv/open-feedback?team=T-SOTE");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Responsen har sparats. Den ska besvaras senast 17.3.2027.");
        WebElement row = rowWith("Svaret om semesterersättningen dröjde två veckor.");
        assertThat(row.findElement(By.cssSelector("td.due time")).getAttribute("datetime"))
                .isEqualTo(site.forms().dueDate(TestSites.TODAY).toString());
        assertThat(row.getText()).contains("Negativ", "S-6");
        assertThat(browser.findElement(By.cssSelector("#open-feedback thead")).getText()).contains("Ska besvaras senast");
        chromium.screenshot("open-feedback-sv");
    }

    @Test
    void aSituationIsRecordedFromItsQuickLink() throws IOException {
        chromium.open(link(FormKind.SITUATION, 3, Language.FI),
                ExpectedConditions.presenceOfElementLocated(By.id("f-topic")));
        new Select(browser.findElement(By.id("f-topic"))).selectByValue("ANNUAL_LEAVE");
        chromium.await(d -> "ANNUAL_LEAVE".equals(value("f-topic")));
        press("f-conflictingContacts", Keys.SPACE);
        type("f-situation", "Asiakas kysyi samaa lomaoikeutta kolmelta eri sihteeriltä.");
        type("f-solution", "Sovittiin, että oma sihteeri vastaa ja muut ohjaavat hänelle.");
        submit(openFeedback("/fi/open-feedback?team=T-SIVI", "Tiimin Sivistys avoimet palautteet"));

        assertThat(browser.getCurrentUrl()).contains("/fi/open-feedback?team=T-SIVI");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Asiakastilanne tallennettu. Tiimi käy sen läpi seuraavassa tiimipalaverissa.");
        assertThat(site.stores().situations().recordedIn(new fi.hoitomalli.forms.DateRange(TestSites.TODAY,
                TestSites.TODAY))).anySatisfy(s -> {
                    assertThat(s.details().recorder()).isEqualTo(FormsFixture.secretary(3));
                    assertThat(s.details().conflictingContacts()).isTrue();
                });
    }

    private static String link(FormKind form, int secretary, Language language) {
        return server.quickLink(QuickLink.prefilled(form, FormsFixture.secretary(secretary),
                secretary <= 4 ? FormsFixture.SIVI_TEAM : FormsFixture.SOTE_TEAM), language);
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    /** Types into the field and waits until the field holds what was typed. */
    private static void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
        chromium.await(d -> value(id).endsWith(text));
    }

    /** Presses a key on a radio button or check box (Space picks it) and waits until it is picked. */
    private static void press(String id, Keys key) {
        browser.findElement(By.id(id)).sendKeys(key);
        chromium.await(ExpectedConditions.elementToBeSelected(By.id(id)));
    }

    /** Picks a radio button by clicking its label, as a user would, and waits until it is picked. */
    private static void choose(String id) {
        browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
        chromium.await(ExpectedConditions.elementToBeSelected(By.id(id)));
        assertThat(browser.findElement(By.id(id)).isSelected()).isTrue();
    }

    /** Sends the form and waits until the browser has left it for the expected page. */
    private static void submit(ExpectedCondition<?> nextPage) {
        chromium.navigate(() -> browser.findElement(By.cssSelector("form button[type=submit]")).click(), nextPage);
    }

    /**
     * The form again, with its errors: the title says so, and the error summary has taken the focus (the
     * browser runs {@code autofocus} after the page has loaded, so that is waited for too).
     */
    private static ExpectedCondition<Boolean> errorPage(String title) {
        return ExpectedConditions.and(ExpectedConditions.titleIs(title),
                d -> d.switchTo().activeElement().equals(d.findElement(By.className("error-summary"))));
    }

    /** The team's open feedback, where a recorded form leads: its address, its title and the confirmation. */
    private static ExpectedCondition<Boolean> openFeedback(String address, String title) {
        return ExpectedConditions.and(ExpectedConditions.urlContains(address), ExpectedConditions.titleIs(title),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
    }

    private static WebElement rowWith(String text) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#open-feedback tbody tr"));
        return rows.stream().filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + rows.size() + " rows"));
    }

    /**
     * The field's error is shown (after a prefix "Virhe:"/"Fel:" for screen readers), referenced from its
     * control, and the control is marked invalid.
     */
    private static void assertErrorNextTo(String field, String controlId, String message) {
        WebElement error = browser.findElement(By.id("f-" + field + "-error"));
        String prefix = WebTexts.text(language(), "web.errorPrefix");
        assertThat(error.getText().replaceAll("\\s+", " ")).isEqualTo(prefix + " " + message);
        WebElement control = browser.findElement(By.id(controlId));
        assertThat(control.getAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = control.getAttribute("aria-describedby");
        if (describedBy == null) { // radio buttons are described through their fieldset
            describedBy = control.findElement(By.xpath("ancestor::fieldset")).getAttribute("aria-describedby");
        }
        assertThat(describedBy.split(" ")).contains("f-" + field + "-error");
    }

    private static Language language() {
        return Language.ofTag(browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    private static void assertEveryControlIsLabelledAndDescribed() {
        Object unlabelled = ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                        + ".filter(e => e.labels.length === 0).map(e => e.id);");
        assertThat((List<?>) unlabelled).isEmpty();
        Object dangling = ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('[aria-describedby]')].flatMap(e => "
                        + "e.getAttribute('aria-describedby').split(' ')).filter(id => !document.getElementById(id));");
        assertThat((List<?>) dangling).isEmpty();
    }
}
