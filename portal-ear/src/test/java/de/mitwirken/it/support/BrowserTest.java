package de.mitwirken.it.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** A fresh browser (own profile, no cookies) for every test; a screenshot when a test fails. */
public abstract class BrowserTest {

    protected Browser browser;

    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (ExtensionContext context, Throwable failure) -> {
        if (browser != null) {
            browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
        throw failure;
    };

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
