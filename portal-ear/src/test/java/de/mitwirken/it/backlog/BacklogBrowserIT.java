package de.mitwirken.it.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.Browser;
import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.SharedPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The strategy office turns a cluster of needs into a backlog item, assesses it (bad input said next to the
 * field), moves it through its lifecycle and ranks it; the public then sees it on the roadmap with "why this
 * rank" and the needs it came from. The office defines and revises KPIs; the public sees each with its chart.
 */
@ExtendWith(SharedPortal.class)
class BacklogBrowserIT extends BrowserTest {

    private static final String OFFICE = "/backlog/manage/index.xhtml";

    @Test
    void aClusterBecomesARankedItemThatThePublicSeesWithItsReasons() {
        String title = "Bauantrag vollständig digital " + UUID.randomUUID().toString().substring(0, 8);
        browser.open(OFFICE);
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath(OFFICE);
        browser.open("/language?to=de&next=%2Fbacklog%2Fmanage%2Findex.xhtml");
        browser.assertAccessible();

        browser.type(By.id("item:title"), "Bau");
        browser.submit(By.id("item:create"));
        assertTrue(browser.text(By.id("item:title-error")).contains("5 bis 150"));
        assertTrue(browser.text(By.id("item:fields-error")).contains("Handlungsfeld"));
        assertTrue(browser.text(By.id("item:horizon-error")).contains("Zeithorizont"));
        assertEquals("Bau", browser.find(By.id("item:title")).getAttribute("value"), "what was typed stays");
        browser.assertAccessible();

        browser.type(By.id("item:title"), title);
        browser.type(By.id("item:description"), "Bauanträge, Pläne und Nachweise werden online eingereicht und geprüft.");
        browser.click(By.cssSelector("input[name='item:fields'][value='ADMINISTRATION']"));
        browser.type(By.id("item:ownerDepartment"), "Bauordnungsamt");
        new Select(browser.find(By.id("item:horizon"))).selectByValue("SHORT_2025");
        new Select(browser.find(By.id("item:cluster"))).selectByIndex(1);
        browser.submit(By.id("item:create"));
        browser.waitForPath("/backlog/manage/item.xhtml");
        long itemId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        assertTrue(Integer.parseInt(browser.text(By.id("item-needs"))) > 0, "the cluster's needs are linked");
        assertTrue(browser.text(By.id("item-status")).contains("Vorgeschlagen"));

        Select services = new Select(browser.find(By.id("assess:services")));
        services.selectByIndex(0);
        services.selectByIndex(1);
        browser.type(By.id("assess:confidence"), "80");
        browser.type(By.id("assess:effort"), "0");
        browser.submit(By.id("assess:save"));
        assertTrue(browser.text(By.id("assess:effort-error")).contains("größer als 0"), "zero effort is refused");
        browser.type(By.id("assess:effort"), "6,5");
        new Select(browser.find(By.id("assess:impactRating"))).selectByValue("4");
        browser.submit(By.id("assess:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("gespeichert"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("score-terms")).contains("Reichweite"));
        browser.assertAccessible();

        browser.submit(By.id("lifecycle:advance"));
        assertTrue(browser.text(By.id("item-status")).contains("Bewertet"), browser.text(By.cssSelector("main")));
        browser.submit(By.id("lifecycle:advance"));
        assertTrue(browser.text(By.id("item-status")).contains("Priorisiert"));

        // nobody presses "recompute now": the background ranking follows the assessment and the status change
        for (int i = 0; i < 30 && browser.text(By.id("item-rank")).contains("ohne Rang"); i++) {
            sleep(1_000);
            browser.open("/backlog/manage/item.xhtml?id=" + itemId);
        }
        assertFalse(browser.text(By.id("item-rank")).contains("ohne Rang"), "a prioritised, assessed item is ranked");
        browser.open(OFFICE);
        String ranking = browser.text(By.id("office-items"));
        assertTrue(ranking.contains(title), ranking);
        browser.submit(By.id("ranking:rescore"));
        assertTrue(browser.text(By.id("last-ranking")).contains("Stabsstelle"), browser.text(By.id("last-ranking")));
        browser.open("/backlog/manage/item.xhtml?id=" + itemId);
        browser.type(By.id("override:rank"), "1");
        browser.type(By.id("override:justification"), "Zu kurz");
        browser.submit(By.id("override:setRank"));
        assertTrue(browser.text(By.id("override:justification-error")).contains("20"), "a manual rank needs a reason");
        browser.type(By.id("override:justification"), "Ratsbeschluss vom 12.11.2026: Bauanträge haben Vorrang.");
        browser.submit(By.id("override:setRank"));
        assertEquals("1", browser.text(By.id("item-rank")).strip(), browser.text(By.cssSelector("main")));

        browser.open("/backlog/manage/weights.xhtml");
        browser.type(By.id("weights:reachWeight"), "viel");
        browser.type(By.id("weights:impactWeight"), "4");
        browser.submit(By.id("weights:preview"));
        assertTrue(browser.text(By.id("weights:reachWeight-error")).contains("Zahl"));
        assertTrue(browser.text(By.id("weights:impactWeight-error")).contains("zwischen 0 und 3"));
        assertEquals("viel", browser.find(By.id("weights:reachWeight")).getAttribute("value"), "the input is kept");
        browser.type(By.id("weights:reachWeight"), "0,5");
        browser.type(By.id("weights:impactWeight"), "2");
        browser.submit(By.id("weights:preview"));
        assertTrue(browser.text(By.id("preview")).contains(title), "what-if shows the re-ranking before saving");
        browser.assertAccessible();
        browser.type(By.id("weights:note"), "Wirkung stärker gewichten");
        browser.submit(By.id("weights:save"));
        browser.waitForPath(OFFICE);
        assertTrue(browser.text(By.cssSelector(".messages")).contains("neue Version"));

        try (Browser visitor = Browser.start()) {
            visitor.open("/backlog/index.xhtml");
            assertTrue(visitor.text(By.id("roadmap")).contains(title));
            visitor.assertAccessible();
            visitor.open("/backlog/kpis.xhtml");
            assertTrue(visitor.text(By.cssSelector("main")).contains("Stakeholder-Management"), "the five success factors");
            visitor.assertAccessible();
            visitor.open("/backlog/index.xhtml?field=MOBILITY");
            assertFalse(visitor.text(By.cssSelector("main")).contains(title), "the field filter applies");
            visitor.open("/backlog/item.xhtml?id=" + itemId);
            assertTrue(visitor.text(By.id("why-rank")).contains("Warum"));
            assertTrue(visitor.text(By.id("score-terms")).contains("Aufwand"));
            assertTrue(visitor.text(By.id("rank-justification")).contains("Ratsbeschluss vom 12.11.2026"),
                    "the public sees why the rank was set by hand");
            assertFalse(visitor.driver().findElements(By.cssSelector("#linked-needs a")).isEmpty(), "the needs it came from");
            visitor.assertAccessible();
            String json = new String(visitor.download("/api/backlog/" + itemId), StandardCharsets.UTF_8);
            assertTrue(json.contains(title) && json.contains("\"scoreTerms\"") && json.contains("EFFORT"), json);
            String list = new String(visitor.download("/api/backlog?horizon=SHORT_2025"), StandardCharsets.UTF_8);
            assertTrue(list.contains(title), list);
            assertTrue(list.contains("\"page\":0") && list.contains("\"pageSize\":50") && list.contains("\"total\":")
                    && list.contains("\"items\":["), "paged as /api/needs: " + list);
            String beyond = new String(visitor.download("/api/backlog?page=999"), StandardCharsets.UTF_8);
            assertFalse(beyond.contains("\"page\":999"), "a page beyond the last gives the last: " + beyond);
            String csv = new String(visitor.download("/backlog/export.csv?field=ADMINISTRATION"), StandardCharsets.UTF_8);
            assertTrue(csv.contains("\"" + title + "\"") && csv.contains("\"rank\";\"id\""), csv);
            assertFalse(new String(visitor.download("/backlog/export.csv?field=MOBILITY"), StandardCharsets.UTF_8)
                    .contains(title), "the CSV follows the filter");
        }
    }

    @Test
    void aProposedItemStaysInternal() {
        browser.open(OFFICE);
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath(OFFICE);
        browser.type(By.id("item:title"), "Internes Vorhaben ohne Freigabe");
        browser.type(By.id("item:description"), "Noch nicht bewertet.");
        browser.click(By.cssSelector("input[name='item:fields'][value='MOBILITY']"));
        browser.type(By.id("item:ownerDepartment"), "Tiefbauamt");
        new Select(browser.find(By.id("item:horizon"))).selectByValue("LONG_2030");
        browser.submit(By.id("item:create"));
        browser.waitForPath("/backlog/manage/item.xhtml");
        long itemId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        try (Browser visitor = Browser.start()) {
            visitor.open("/");
            assertEquals(404, visitor.statusOf("/backlog/item.xhtml?id=" + itemId));
            assertEquals(404, visitor.statusOf("/api/backlog/" + itemId), "nor through the API");
        }
    }

    @Test
    void theOfficeEntersMeasurementsAndTheTrafficLightFollows() throws Exception {
        browser.open("/");
        Map<String, Object> kpi = kpis().stream().filter(k -> !"ON_TRACK".equals(k.get("status"))).findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has a KPI that is not on track"));
        String id = String.valueOf(((Number) kpi.get("id")).longValue());
        String target = String.valueOf(kpi.get("target2030"));

        browser.open("/backlog/manage/kpis.xhtml");
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath("/backlog/manage/kpis.xhtml");
        browser.open("/language?to=de&next=%2Fbacklog%2Fmanage%2Fkpis.xhtml");
        browser.assertAccessible();
        browser.type(By.id("measure:value"), "viel");
        browser.submit(By.id("measure:record"));
        assertTrue(browser.text(By.id("measure:kpi-error")).contains("Kennzahl"));
        assertTrue(browser.text(By.id("measure:value-error")).contains("Zahl"));
        assertEquals("viel", browser.find(By.id("measure:value")).getAttribute("value"), "the input is kept");

        new Select(browser.find(By.id("measure:kpi"))).selectByValue(id);
        browser.type(By.id("measure:date"), LocalDate.now().toString());
        browser.type(By.id("measure:value"), target);
        browser.submit(By.id("measure:record"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("gespeichert"), browser.text(By.cssSelector("main")));
        assertEquals("ON_TRACK", kpis().stream().filter(k -> String.valueOf(((Number) k.get("id")).longValue()).equals(id))
                .findFirst().orElseThrow().get("status"), "reaching the 2030 target puts the KPI on track");

        Path bad = Files.createTempFile("kpis", ".csv");
        Files.writeString(bad, "kpi_id;date;value;note\n999999;2026-01-01;5;x\n" + id + ";morgen;abc;\n");
        browser.chooseFile(By.id("import:csv"), bad);
        browser.submit(By.id("import:upload"));
        String problems = browser.text(By.id("import-problems"));
        assertTrue(problems.contains("2") && problems.contains("3"), problems);
        Path good = Files.createTempFile("kpis", ".csv");
        Files.writeString(good, "kpi_id;date;value;note\n" + id + ";2026-10-17;" + target + ";Import\n");
        browser.chooseFile(By.id("import:csv"), good);
        browser.submit(By.id("import:upload"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("Importiert: 1"), browser.text(By.cssSelector("main")));
        browser.assertAccessible();
    }

    @Test
    void theOfficeDefinesAndRevisesAKpiAndThePublicSeesItsChart() {
        String name = "Online-Termine Bürgeramt " + UUID.randomUUID().toString().substring(0, 8);
        browser.open("/backlog/manage/kpis.xhtml");
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath("/backlog/manage/kpis.xhtml");
        browser.open("/language?to=de&next=%2Fbacklog%2Fmanage%2Fkpis.xhtml");
        browser.submit(By.id("define-kpi"));
        browser.waitForPath("/backlog/manage/kpi.xhtml");
        browser.assertAccessible();

        browser.type(By.id("definition:name"), name);
        browser.type(By.id("definition:unit"), "%");
        browser.click(By.cssSelector("input[name='definition:direction'][value='HIGHER_IS_BETTER']"));
        new Select(browser.find(By.id("definition:successFactor"))).selectByValue("BALANCE");
        browser.type(By.id("definition:baselineValue"), "viel");
        browser.type(By.id("definition:baselineDate"), "2023-12-31");
        browser.type(By.id("definition:target2025"), "40");
        browser.type(By.id("definition:target2030"), "80");
        browser.type(By.id("definition:dataSource"), "Terminverwaltung des Bürgeramts");
        browser.submit(By.id("definition:save"));
        assertTrue(browser.text(By.id("definition:baselineValue-error")).contains("Zahl"), browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.id("definition:owner-error")).contains("verantwortliche"), "every problem at once");
        assertEquals("viel", browser.find(By.id("definition:baselineValue")).getAttribute("value"), "the input is kept");
        assertEquals(name, browser.find(By.id("definition:name")).getAttribute("value"));
        assertEquals("BALANCE", new Select(browser.find(By.id("definition:successFactor"))).getFirstSelectedOption().getAttribute("value"));
        browser.assertAccessible();

        browser.type(By.id("definition:baselineValue"), "20");
        browser.type(By.id("definition:owner"), "Bürgeramt");
        assertTrue(browser.text(By.id("definition:items-hint")).contains("Seite des jeweiligen Vorhabens"),
                "which items feed a KPI is set on the items (ItemLinksBrowserIT)");
        browser.submit(By.id("definition:save"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().matches(".*/backlog/manage/kpi\\.xhtml\\?id=\\d+.*"));
        String kpiId = browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        assertTrue(browser.text(By.cssSelector(".messages")).contains("angelegt"), browser.text(By.cssSelector("main")));
        assertTrue(browser.heading().contains(name), "the revise form names the KPI");
        assertEquals("20", browser.find(By.id("definition:baselineValue")).getAttribute("value"), "the form shows what is saved");
        assertEquals("40", browser.find(By.id("definition:target2025")).getAttribute("value"));
        assertTrue(browser.find(By.cssSelector("input[name='definition:direction'][value='HIGHER_IS_BETTER']")).isSelected());
        browser.assertAccessible();

        browser.type(By.id("definition:target2030"), "1E+20");
        browser.submit(By.id("definition:save"));
        assertTrue(browser.text(By.id("definition:target2030-error")).contains("14 Stellen"), "too large for the column: said, not a 500");
        browser.type(By.id("definition:target2030"), "90");
        browser.submit(By.id("definition:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("gespeichert"), browser.text(By.cssSelector("main")));
        assertEquals("90", browser.find(By.id("definition:target2030")).getAttribute("value"));

        browser.open("/backlog/manage/kpis.xhtml");
        browser.submit(By.cssSelector("#kpi-list a[href$='/backlog/manage/kpi.xhtml?id=" + kpiId + "']"));
        assertEquals("90", browser.find(By.id("definition:target2030")).getAttribute("value"), "the list leads to the revise form");
        browser.open("/backlog/manage/kpis.xhtml");
        new Select(browser.find(By.id("measure:kpi"))).selectByValue(kpiId);
        browser.type(By.id("measure:date"), "2024-12-31");
        browser.type(By.id("measure:value"), "31,5");
        browser.submit(By.id("measure:record"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("gespeichert"), browser.text(By.cssSelector("main")));

        try (Browser visitor = Browser.start()) {
            visitor.open("/backlog/kpis.xhtml");
            String article = visitor.text(By.cssSelector("article[aria-labelledby='kpi-" + kpiId + "']"));
            assertTrue(article.contains(name) && article.contains("Im Plan"), article);
            assertTrue(visitor.text(By.id("measurements-" + kpiId)).contains("31,5"), "the table of values next to the chart");
            String canvas = "#chart-" + kpiId + " canvas";
            assertEquals("img", visitor.find(By.cssSelector(canvas)).getAttribute("role"));
            String label = visitor.find(By.cssSelector(canvas)).getAttribute("aria-label");
            assertTrue(label.contains(name) && label.contains("Ziellinie") && label.contains("90"), label);
            new WebDriverWait(visitor.driver(), Duration.ofSeconds(20))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                            "const c = document.querySelector(arguments[0]);"
                                    + "if (!c || !c.width || !window.Chart || !Chart.getChart(c)) return false;"
                                    + "const p = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                                    + "for (let i = 3; i < p.length; i += 4) { if (p[i] !== 0) return true; }"
                                    + "return false;", canvas)));
            Object series = ((JavascriptExecutor) visitor.driver()).executeScript(
                    "const ds = Chart.getChart(document.querySelector(arguments[0])).data.datasets;"
                            + "return ds.map(d => d.data.length + '/' + d.borderDash.length).join(' ');", canvas);
            assertEquals("1/0 3/2", series, "one measured point (solid); baseline, 2025 and 2030 on the dashed target line");
            visitor.assertAccessible();
        }
    }

    @Test
    void aSubmitterSeesWhichPublishedItemHerNeedWentTo() {
        browser.open("/needs/mine.xhtml");
        browser.signInAtKeycloak("citizen", "demo");
        browser.waitForPath("/needs/mine.xhtml");
        browser.open("/language?to=de&next=%2Fneeds%2Fmine.xhtml");
        // demo: Clara's need 1 went into item 17 (in progress), "you said – we did"
        assertFalse(browser.driver().findElements(By.cssSelector("main a[href$='/backlog/item.xhtml?id=17']")).isEmpty(),
                browser.text(By.cssSelector("main")));
        assertTrue(browser.text(By.cssSelector("main")).contains("Vorhaben: Terminmanagement"));
        browser.assertAccessible();
        browser.click(By.cssSelector("main a[href$='/backlog/item.xhtml?id=17']"));
        browser.waitForPath("/backlog/item.xhtml");
        assertTrue(browser.text(By.id("linked-needs")).length() > 0, "the item names the needs it came from");
    }

    private List<Map<String, Object>> kpis() {
        return new Json().toType(new String(browser.download("/api/kpis"), StandardCharsets.UTF_8), Json.LIST_OF_MAPS_TYPE);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
