package de.mitwirken.it.needs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.it.support.BrowserTest;
import de.mitwirken.it.support.SharedPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The strategy office keeps the service catalogue: a CSV with errors is refused as a whole with every
 * problem by line, a correct one is imported, a single service is edited, and the export contains it all.
 */
@ExtendWith(SharedPortal.class)
class ServiceCatalogueBrowserIT extends BrowserTest {

    private static final String HEADER = "key;name_de;name_en;department;case_volume;case_volume_year;case_volume_source;ozg_level;ozg_target\n";

    @Test
    void aBrokenImportChangesNothingAndAGoodOneUpdatesTheCatalogue() throws Exception {
        browser.open("/needs/services/manage.xhtml");
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath("/needs/services/manage.xhtml");
        browser.open("/language?to=de&next=%2Fneeds%2Fservices%2Fmanage.xhtml");
        browser.assertAccessible();

        Path broken = csv(HEADER
                + "99000000000001;Testleistung A;Test service A;Testamt;1.200;2025;Demowert;2;5\n"
                + "99000000000002;;Test service B;Testamt;viele;2025;Demowert;3;9\n"
                + "99000000000001;Doppelt;Duplicate;Testamt;10;2025;;1;1\n");
        browser.chooseFile(By.id("import:csv"), broken);
        browser.submit(By.id("import:upload"));
        String problems = browser.text(By.id("import-problems"));
        assertTrue(problems.contains("3") && problems.contains("case_volume") && problems.contains("ganze Zahl"), problems);
        assertTrue(problems.contains("4") && problems.contains("mehrfach"), problems);
        assertTrue(problems.contains("ozgTarget") || problems.contains("OZG"), problems);
        browser.assertAccessible();
        browser.open("/needs/services.xhtml");
        assertTrue(!browser.driver().getPageSource().contains("Testleistung A"), "nothing half-imported");

        Path good = csv(HEADER + "99000000000001;Testleistung A;Test service A;Testamt;1.200;2025;Demowert;2;5\n");
        browser.open("/needs/services/manage.xhtml");
        browser.chooseFile(By.id("import:csv"), good);
        browser.submit(By.id("import:upload"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("importiert"));
        browser.open("/needs/services.xhtml");
        assertTrue(browser.driver().getPageSource().contains("Testleistung A"));
        browser.assertAccessible();

        String export = new String(browser.download("/needs/services/export.csv"), StandardCharsets.UTF_8);
        assertTrue(export.contains("99000000000001;Testleistung A;Test service A;Testamt;1200;2025;Demowert;2;5"), export);
    }

    @Test
    void aServiceIsEditedWithErrorsNextToItsFields() {
        browser.open("/needs/services/manage.xhtml");
        browser.signInAtKeycloak("strategy-office", "demo");
        browser.waitForPath("/needs/services/manage.xhtml");
        browser.open("/language?to=de&next=%2Fneeds%2Fservices%2Fmanage.xhtml");
        browser.type(By.id("service:key"), "kaputt schlüssel");
        browser.type(By.id("service:nameDe"), "Neue Leistung");
        browser.type(By.id("service:caseVolume"), "zwölf");
        browser.submit(By.id("service:save"));
        assertTrue(browser.text(By.id("service:caseVolume-error")).contains("ganze Zahl"));
        assertTrue(browser.text(By.id("service:key-error")).contains("Schlüssel"), "every problem is named at once");
        assertTrue(browser.find(By.id("service:caseVolume")).getAttribute("value").equals("zwölf"), "the input is kept");
        browser.type(By.id("service:caseVolume"), "12");
        browser.submit(By.id("service:save"));
        assertTrue(browser.text(By.id("service:key-error")).contains("Schlüssel"));
        assertTrue(browser.text(By.id("service:nameEn-error")).contains("Namen"));
        browser.assertAccessible();

        browser.type(By.id("service:key"), "99000000000777");
        browser.type(By.id("service:nameEn"), "New service");
        browser.type(By.id("service:department"), "Testamt");
        browser.type(By.id("service:caseVolumeYear"), "2025");
        browser.submit(By.id("service:save"));
        assertTrue(browser.text(By.cssSelector(".messages")).contains("gespeichert"), browser.text(By.cssSelector("main")));
        browser.open("/needs/services.xhtml");
        assertTrue(browser.driver().getPageSource().contains("Neue Leistung"));
    }

    private static Path csv(String content) throws Exception {
        Path file = Files.createTempFile("services", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
