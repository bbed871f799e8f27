package de.mitwirken.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (nothing is downloaded at run time), with
 * axe-core checks of every page a test looks at.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static String axeSource;

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> checkedPages = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        try {
            Path profile = Files.createTempDirectory("mitwirken-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    "--lang=de-DE", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Browser open(String path) {
        driver.get(path.startsWith("http") ? path : Portal.url(path));
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * Opens a {@code <details>} element by clicking its summary; a click that lands while the page is still
     * settling (seen under load) is repeated until the element is open.
     */
    public void expand(By details) {
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement element = find(details);
            if (element.getAttribute("open") != null) {
                return;
            }
            element.findElement(By.tagName("summary")).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> find(details).getAttribute("open") != null);
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                // not open yet: click again
            }
        }
        throw new AssertionError("could not open " + details);
    }

    /**
     * Signs out with the button in the page header and waits until the round trip through Keycloak has come
     * back to a signed-out home page (the path alone is "/" before and after, so it proves nothing).
     */
    public void signOut() {
        click(By.cssSelector("form.inline-form button"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> path().equals("/")
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && d.findElements(By.cssSelector(".user-name")).isEmpty()
                && !d.findElements(By.cssSelector("a[href*='signin']")).isEmpty());
    }

    public void waitForPath(String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> path().equals(expected));
    }

    /** The HTTP status the current session gets for a path of the portal (same-origin fetch with cookies). */
    public int statusOf(String path) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(r => done(r.status)).catch(e => done(-1));", Portal.url(path));
        return ((Number) status).intValue();
    }

    /**
     * On Keycloak's login form: sign in with a demo account; if the portal then asks for consent to the
     * current privacy text (first sign-in), give it.
     */
    public void signInAtKeycloak(String username, String password) {
        signInWithoutConsent(username, password);
        if (path().equals(CONSENT_PAGE)) {
            assertAccessible();
            click(By.id("consent:accept"));
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !path().equals(CONSENT_PAGE));
        }
    }

    /** Fetches a path of the portal with this browser's cookies and returns the body bytes. */
    public byte[] download(String path) {
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => {"
                        + " let s = ''; const a = new Uint8Array(b); for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                        + " done(btoa(s)); }).catch(e => done(''));", Portal.url(path));
        return java.util.Base64.getDecoder().decode(String.valueOf(base64));
    }

    /** Opens a page and waits until a condition on it holds, reloading in between (for background work). */
    public void reloadUntil(String path, java.util.function.Predicate<Browser> condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            open(path);
            if (condition.test(this)) {
                return;
            }
            if (System.nanoTime() > end) {
                fail("condition not met on " + path + " within " + timeout);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public String text(By by) {
        for (int attempt = 0; ; attempt++) {
            try {
                return find(by).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Clicks something that loads a new page (a submit button, a link) and waits until it has. Pending
     * PrimeFaces AJAX requests (e.g. suggestions while typing, sent after a short delay) finish first.
     */
    public void submit(By by) {
        waitForAjax();
        for (int attempt = 0; ; attempt++) {
            WebElement html = driver.findElement(By.tagName("html"));
            watchClicks();
            try {
                click(by);
            } catch (org.openqa.selenium.WebDriverException e) {
                // chromedriver may report a click as failed (stale element, element replaced) although it reached
                // the page and the form is on its way: clicking again would then click on the next page or send
                // the form twice, so only a click the page never saw is repeated
                boolean replaced = e instanceof org.openqa.selenium.StaleElementReferenceException
                        || String.valueOf(e.getMessage()).contains("does not belong to the document");
                if (!clickReachedPage(html)) {
                    if (attempt == 2 || !replaced) {
                        throw e;
                    }
                    waitForAjax();
                    continue;
                }
            }
            waitForNewPage(html);
            return;
        }
    }

    private void waitForNewPage(WebElement oldHtml) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> isGone(oldHtml));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Stale, as chromedriver says it either way: "stale element" or "does not belong to the document". */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Notes in the page whether a click reaches it (capture phase, before any handler of the page). */
    private void watchClicks() {
        driver.executeScript("window.__itClicked = false;"
                + "if (!window.__itWatching) { window.__itWatching = true;"
                + " document.addEventListener('click', function () { window.__itClicked = true; }, true); }");
    }

    /** Whether the last click reached the page: the page saw it, or the page is already gone. */
    private boolean clickReachedPage(WebElement oldHtml) {
        try {
            return isGone(oldHtml) || Boolean.TRUE.equals(driver.executeScript("return window.__itClicked === true;"));
        } catch (org.openqa.selenium.WebDriverException e) {
            return true; // stale, or the document is being replaced while the script runs
        }
    }

    /** Waits for PrimeFaces' AJAX queue (including requests still in their keyup delay) to be empty. */
    public void waitForAjax() {
        JavascriptExecutor js = driver;
        if (Boolean.TRUE.equals(js.executeScript("return !!(window.PrimeFaces && PrimeFaces.ajax);"))) {
            try {
                Thread.sleep(800); // longer than the 700 ms keyup delay of the suggestion fields
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
        }
    }

    /** Types into a field; a page still settling (scripts adding form fields) gets two more tries. */
    public void type(By by, String text) {
        for (int attempt = 0; ; attempt++) {
            try {
                WebElement field = find(by);
                field.clear();
                field.sendKeys(text);
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** Chooses a file in a file input and waits until the input holds it (a submit right after may else send none). */
    public void chooseFile(By by, java.nio.file.Path file) {
        find(by).sendKeys(file.toAbsolutePath().toString());
        String name = file.getFileName().toString();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> String.valueOf(d.findElement(by).getAttribute("value"))
                .endsWith(name));
    }

    public static final String CONSENT_PAGE = "/platform/consent.xhtml";

    /**
     * On Keycloak's login form: user name and password; staff accounts (a realm flow asks them for a one-time code)
     * then get the current code of their demo secret ({@link DemoOtp}).
     */
    public void signInWithoutConsent(String username, String password) {
        find(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(Portal.base()) || !d.findElements(By.id("otp")).isEmpty());
        if (!driver.getCurrentUrl().startsWith(Portal.base())) {
            enterOtp(DemoOtp.codeFor(username).orElseThrow(
                    () -> new AssertionError("Keycloak asks " + username + " for a one-time code, but the realm file has no secret")));
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().startsWith(Portal.base()));
        }
    }

    /** On Keycloak's one-time code form: types the code and sends it. */
    public void enterOtp(String code) {
        WebElement field = find(By.id("otp"));
        field.clear();
        field.sendKeys(code);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Runs axe-core with the WCAG 2.1 A and AA rules on the page shown and fails on any violation. */
    public Browser assertAccessible() {
        String violations = String.join("\n", accessibilityViolations());
        checkedPages.add(driver.getCurrentUrl());
        if (!violations.isEmpty()) {
            screenshot("axe-" + path().replaceAll("[^A-Za-z0-9]+", "_"));
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + violations);
        }
        return this;
    }

    /**
     * Runs axe-core with the WCAG 2.1 A and AA rules on the page shown and returns its violations, one line
     * each (rule, impact, help, up to five nodes), for tests that collect them over many pages.
     */
    public List<String> accessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axe());
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                        + ".then(r => done(r.violations.map(v => v.id + ' [' + v.impact + '] ' + v.help + ' :: '"
                        + " + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')"
                        + ".replace(/\\s+/g, ' ')).join(' | ')).join('\\n')))"
                        + ".catch(e => done('axe failed: ' + e));", WCAG_TAGS);
        String violations = String.valueOf(result);
        return violations.isEmpty() ? List.of() : List.of(violations.split("\n"));
    }

    public List<String> checkedPages() {
        return List.copyOf(checkedPages);
    }

    public void assertHeading(String expected) {
        assertEquals(expected, heading(), "h1 of " + driver.getCurrentUrl());
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (Exception ignored) {
            // a screenshot is a diagnosis aid, never a reason to fail
        }
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            String file = System.getProperty("it.axe.script");
            try {
                axeSource = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("axe-core not found at " + file + " (./portal test installs it)", e);
            }
        }
        return axeSource;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // temporary profile; the OS cleans /tmp eventually
            }
        }
    }
}
