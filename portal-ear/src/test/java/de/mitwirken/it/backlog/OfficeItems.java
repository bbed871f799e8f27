package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The strategy office's way to a published item, through its pages, for the backlog's browser tests. */
final class OfficeItems {

    static final String OFFICE = "/backlog/manage/index.xhtml";

    private OfficeItems() {
    }

    /**
     * Signs the browser in as the strategy office (German), creates an item, assesses it and advances it to
     * "prioritised", so that the public sees it; leaves the browser on the office's item page and returns the id.
     */
    static long publishedItem(Browser browser, String title, String description, String field, String department) {
        browser.open(OFFICE);
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath(OFFICE);
        browser.open("/language?to=de&next=%2Fbacklog%2Fmanage%2Findex.xhtml");
        browser.type(By.id("item:title"), title);
        browser.type(By.id("item:description"), description);
        browser.click(By.cssSelector("input[name='item:fields'][value='" + field + "']"));
        browser.type(By.id("item:ownerDepartment"), department);
        new Select(browser.find(By.id("item:horizon"))).selectByValue("LONG_2030");
        browser.submit(By.id("item:create"));
        browser.waitForPath("/backlog/manage/item.xhtml");
        long itemId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        new Select(browser.find(By.id("assess:services"))).selectByIndex(0);
        browser.type(By.id("assess:confidence"), "75");
        browser.type(By.id("assess:effort"), "20");
        new Select(browser.find(By.id("assess:impactRating"))).selectByValue("4");
        browser.submit(By.id("assess:save"));
        browser.submit(By.id("lifecycle:advance"));
        browser.submit(By.id("lifecycle:advance"));
        assertTrue(browser.text(By.id("item-status")).contains("Priorisiert"), browser.text(By.cssSelector("main")));
        return itemId;
    }
}
