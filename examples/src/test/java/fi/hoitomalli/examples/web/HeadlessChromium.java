package fi.hoitomalli.examples.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both binaries are given explicitly,
 * so Selenium Manager never runs and nothing is downloaded; Chromium's own background traffic (component
 * updates, sync, first-run) is switched off and it gets a fresh profile directory. When the binaries are
 * missing the tests are skipped, unless {@code CI=true} or {@code HOITOMALLI_REQUIRE_BROWSER=true}, which
 * make it a failure.
 *
 * <p>Tests never sleep and never rely on a click having finished its work: a click or a key that leaves the
 * page goes through {@link #navigate}, which waits until the old document is gone and the next page is
 * the expected one, and everything else a test asserts right after an action is waited for with
 * {@link #await}. The patience is generous ({@link #PATIENCE}) because a busy machine is slow, not wrong.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(env("HOITOMALLI_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("HOITOMALLI_CHROMEDRIVER", "/usr/bin/chromedriver"));

    /** Selenium warns that it has no CDP bindings for this Chromium; the tests use WebDriver only. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    /** How long a condition may take before the test fails; only a failing test waits this long. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriverService service;
    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriverService service, WebDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether both binaries are installed. */
    static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips the test (or fails it, when a browser is required) unless both binaries are installed. Called
     * before each test, not once per class, so that every skipped test carries the message in the reports.
     */
    static void assumeInstalled() {
        if (isInstalled()) {
            return;
        }
        String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + ": install them with `apt-get install chromium chromium-driver`"
                + " (or point HOITOMALLI_CHROMIUM and HOITOMALLI_CHROMEDRIVER at them)";
        if ("true".equals(System.getenv("CI")) || "true".equals(System.getenv("HOITOMALLI_REQUIRE_BROWSER"))) {
            fail(missing + "; required because CI or HOITOMALLI_REQUIRE_BROWSER is true");
        }
        Assumptions.abort(missing + "; set HOITOMALLI_REQUIRE_BROWSER=true to fail instead of skipping");
    }

    /** Starts the driver and a headless browser with a fresh profile. */
    static HeadlessChromium start() throws IOException {
        Path profile = Files.createTempDirectory("hoitomalli-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + profile, "--window-size=1000,1500");
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        return new HeadlessChromium(service, driver, profile);
    }

    /** The browser. */
    WebDriver driver() {
        return driver;
    }

    /**
     * Waits until the condition holds (its value is neither null nor false) and returns its value.
     *
     * @throws org.openqa.selenium.TimeoutException if it does not hold within {@link #PATIENCE}; the message
     *         names the condition and what the page showed
     */
    <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /**
     * As {@link #await}, but retrying on any driver error: while one document is replaced by the next,
     * chromedriver may answer a question about the old one with an "unknown error" (e.g. "Node with given
     * id does not belong to the document") instead of calling it stale. The last error is the timeout's cause.
     */
    private <T> T awaitAcrossNavigation(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class).until(condition);
    }

    /**
     * Opens the address and waits until the page is the expected one and fully loaded.
     *
     * @throws org.openqa.selenium.TimeoutException if it is not within {@link #PATIENCE}
     */
    void open(String url, ExpectedCondition<?> page) {
        driver.get(url);
        awaitPage(page);
    }

    /**
     * Does something that leaves the page (a click on a submit button, Enter in a field) and waits until
     * the old document is gone and the next page is the expected one and fully loaded. Waiting for the old
     * page's {@code <html>} to go stale first means that a condition which the old page happens to meet
     * too (an element present on both) cannot pass before the browser has navigated.
     *
     * @throws org.openqa.selenium.TimeoutException if the page does not change or is not the expected one
     *         within {@link #PATIENCE}
     */
    void navigate(Runnable action, ExpectedCondition<?> nextPage) {
        WebElement old = driver.findElement(By.tagName("html"));
        action.run();
        awaitAcrossNavigation(ExpectedConditions.stalenessOf(old));
        awaitPage(nextPage);
    }

    private void awaitPage(ExpectedCondition<?> page) {
        awaitAcrossNavigation(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        awaitAcrossNavigation(page);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png} of the module; returns the file. */
    Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
