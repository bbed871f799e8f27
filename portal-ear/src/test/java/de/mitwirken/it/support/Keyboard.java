package de.mitwirken.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person without a mouse: only key presses reach the page (Tab, Shift+Tab, Enter, Space, arrow keys and
 * typing into whatever has the focus). Every step that moves the focus checks that the focus can be seen: the
 * focused element has an outline (style not "none", width above 0) or a box shadow, one of whose colours has
 * at least 3:1 contrast against the background behind the element, and it lies within the viewport.
 */
public final class Keyboard {

    /** More Tab presses than any page of the portal has stops: more means a trap or a missing control. */
    public static final int MAX_TABS = 250;

    /**
     * What the focus looks like, or why it cannot be seen: "ok|…" or "fail|…". The background is the first
     * opaque background colour of the element's ancestors (white if none); colours are compared by WCAG's
     * relative luminance.
     */
    private static final String FOCUS_CHECK = """
            const el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) return 'none|nothing is focused';
            const describe = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : '')
                + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().substring(0, 40) + '"';
            const cs = getComputedStyle(el);
            const colours = [];
            const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
            if (outline) colours.push(cs.outlineColor);
            const shadow = cs.boxShadow && cs.boxShadow !== 'none';
            if (shadow) (cs.boxShadow.match(/rgba?\\([^)]*\\)/g) || []).forEach(c => colours.push(c));
            if (!outline && !shadow) return 'fail|no focus indicator on ' + describe + ' (outline ' + cs.outlineStyle + ' '
                + cs.outlineWidth + ', box-shadow ' + cs.boxShadow + ')';
            const parse = c => { const m = c.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
            let bg = null;
            for (let n = el.parentElement; n; n = n.parentElement) {
                const c = parse(getComputedStyle(n).backgroundColor);
                if (c.a > 0.5) { bg = c; break; }
            }
            if (!bg) bg = {r: 255, g: 255, b: 255, a: 1};
            const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
            const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
            const best = Math.max(...colours.map(c => parse(c)).filter(c => c.a > 0.5).map(c => ratio(c, bg)), 0);
            if (best < 3) return 'fail|focus indicator of ' + describe + ' has only ' + best.toFixed(2)
                + ':1 contrast (' + colours.join(', ') + ' on ' + JSON.stringify(bg) + ')';
            const r = el.getBoundingClientRect();
            if (r.width <= 0 || r.height <= 0 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth)
                return 'fail|focused element ' + describe + ' is not within the viewport: ' + JSON.stringify(r);
            return 'ok|' + describe;
            """;

    private final Browser browser;
    private final List<String> path = new ArrayList<>();

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** The element that has the focus (the body when nothing has). */
    public WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    public void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Types into the focused element, key by key. */
    public void type(String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }

    /** Tab once and check that the new focus is visible. */
    public WebElement tab() {
        press(Keys.TAB);
        assertFocusVisible();
        return focused();
    }

    public WebElement shiftTab() {
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertFocusVisible();
        return focused();
    }

    /**
     * Presses Tab until the focused element matches; fails after {@link #MAX_TABS} presses (a keyboard trap
     * or a control that cannot be reached). The focus must be visible at every stop on the way.
     */
    public WebElement tabTo(String description, Predicate<WebElement> matches) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement element = tab();
            if (test(matches, element)) {
                return element;
            }
        }
        fail("Tab never reached " + description + " on " + browser.driver().getCurrentUrl() + " after " + MAX_TABS
                + " presses; the last stops: " + path.subList(Math.max(0, path.size() - 15), path.size()));
        return null;
    }

    public WebElement tabToId(String id) {
        return tabTo("#" + id, e -> id.equals(e.getAttribute("id")));
    }

    /** The first element with this attribute value, e.g. ("value", "ADMINISTRATION") for a radio button. */
    public WebElement tabToAttribute(String attribute, String value) {
        return tabTo("[" + attribute + "=" + value + "]", e -> value.equals(e.getAttribute(attribute)));
    }

    private static boolean test(Predicate<WebElement> matches, WebElement element) {
        try {
            return matches.test(element);
        } catch (StaleElementReferenceException e) {
            return false;
        }
    }

    /** Checks the current focus as described in the class comment. */
    public void assertFocusVisible() {
        String result = String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(FOCUS_CHECK));
        path.add(result.substring(result.indexOf('|') + 1));
        if (!result.startsWith("ok|")) {
            browser.screenshot("focus-" + browser.path().replaceAll("[^A-Za-z0-9]+", "_"));
            fail(result.substring(result.indexOf('|') + 1) + " on " + browser.driver().getCurrentUrl() + "; the stops before: "
                    + path.subList(Math.max(0, path.size() - 6), path.size() - 1));
        }
    }

    /**
     * Walks the page just loaded from its top: the skip link is the first stop; Tab reaches the footer's last
     * link with a visible focus at every stop (no trap on the way) and then leaves the page's controls (to the
     * browser, i.e. the body, or round to the skip link) within three presses. Then Enter on the skip link
     * moves the focus to the main content, where a journey goes on.
     */
    public void walkPageAndSkipToMain() {
        Object lastFooterLink = script("const a = document.querySelectorAll('footer a'); return a[a.length - 1];");
        assertTrue(lastFooterLink instanceof WebElement, "the page has a footer with links");
        WebElement first = tab();
        assertTrue(hasClass(first, "skip-link"), "the skip link is the first Tab stop, not " + path.get(path.size() - 1));
        boolean reachedFooter = false;
        for (int i = 0; i < MAX_TABS && !reachedFooter; i++) {
            reachedFooter = tab().equals(lastFooterLink);
        }
        assertTrue(reachedFooter, "Tab reaches the footer's last link within " + MAX_TABS + " presses on "
                + browser.driver().getCurrentUrl() + "; the last stops: " + path.subList(Math.max(0, path.size() - 15), path.size()));
        boolean left = false;
        for (int i = 0; i < 3 && !left; i++) {
            press(Keys.TAB);
            left = Boolean.TRUE.equals(script("const e = document.activeElement; return !e || e === document.body"
                    + " || e === document.documentElement || e.classList.contains('skip-link');"));
        }
        assertTrue(left, "after the footer's last link the focus leaves the page (no trap), but it is on "
                + script("return document.activeElement.outerHTML.substring(0, 200);"));
        for (int i = 0; i < 3 && !hasClass(focused(), "skip-link"); i++) {
            press(Keys.TAB); // from the browser back into the page
        }
        assertTrue(hasClass(focused(), "skip-link"), "coming back into the page, the skip link is the first stop");
        assertFocusVisible();
        press(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> "main".equals(focused().getAttribute("id")));
        assertEquals("main", focused().getTagName(), "the skip link moves the focus to the main content");
    }

    /**
     * Presses a key on the focused control that loads a new page (Enter on a submit button or a link) and waits
     * until the new page is there. PrimeFaces' pending AJAX (suggestions while typing) finishes first.
     */
    public void pressForNewPage(CharSequence key) {
        browser.waitForAjax();
        WebElement html = browser.driver().findElement(org.openqa.selenium.By.tagName("html"));
        press(key);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return String.valueOf(e.getMessage()).contains("does not belong to the document");
            }
        });
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Chooses an option of the focused (closed) select with the arrow keys: Home first, then Down until the
     * value is the wanted one.
     */
    public void chooseOption(String value) {
        WebElement select = focused();
        assertEquals("select", select.getTagName(), "a select has the focus");
        press(Keys.HOME);
        for (int i = 0; i < 60; i++) {
            if (value.equals(select.getAttribute("value"))) {
                return;
            }
            press(Keys.ARROW_DOWN);
        }
        fail("the option " + value + " of " + select.getAttribute("id") + " cannot be chosen with the arrow keys");
    }

    /**
     * In a radio group whose first button has the focus: the arrow keys move to (and check) the wanted button,
     * Space checks it if it was the focused one already.
     */
    public void chooseRadio(String value) {
        for (int i = 0; i < 20; i++) {
            WebElement radio = focused();
            assertEquals("radio", radio.getAttribute("type"), "a radio button has the focus");
            if (value.equals(radio.getAttribute("value"))) {
                if (!radio.isSelected()) {
                    press(Keys.SPACE);
                }
                assertTrue(focused().isSelected(), "the radio button " + value + " is checked");
                return;
            }
            press(Keys.ARROW_DOWN);
            assertFocusVisible();
        }
        fail("the radio button " + value + " cannot be reached with the arrow keys");
    }

    /** Space on the focused checkbox, and it is checked afterwards. */
    public void check() {
        WebElement box = focused();
        assertEquals("checkbox", box.getAttribute("type"), "a checkbox has the focus");
        press(Keys.SPACE);
        assertTrue(focused().isSelected(), "Space checks " + box.getAttribute("id"));
    }

    private static boolean hasClass(WebElement element, String cssClass) {
        String classes = element.getAttribute("class");
        return classes != null && (" " + classes + " ").contains(" " + cssClass + " ");
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }
}
