package de.mitwirken.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.RenderedMail;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailRendererTest {

    private final MailRenderer renderer = new MailRenderer();

    {
        renderer.baseUrl = "https://mitwirken.example.de/";
    }

    @Test
    void rendersTheRecipientsLanguageWithFooterAndBaseUrl() {
        MailTemplate test = new MailTemplate("de.mitwirken.platform.mails", "platform.test");
        RenderedMail de = renderer.render(test, Language.DE, Map.of("requestedBy", "Anja Weber"));
        RenderedMail en = renderer.render(test, Language.EN, Map.of("requestedBy", "Anja Weber"));
        assertEquals("Testnachricht von Mitwirken", de.subject());
        assertEquals("Test message from Mitwirken", en.subject());
        assertTrue(de.text().contains("Angefordert von: Anja Weber"));
        assertTrue(de.text().contains("https://mitwirken.example.de/platform/profile.xhtml"), de.text());
        assertTrue(de.html().startsWith("<!DOCTYPE html><html lang=\"de\">"));
        assertTrue(de.html().contains("<a href=\"https://mitwirken.example.de/platform/profile.xhtml\">"));
    }

    @Test
    void valuesAreEscapedInTheHtmlPart() {
        MailTemplate test = new MailTemplate("de.mitwirken.platform.mails", "platform.test");
        RenderedMail mail = renderer.render(test, Language.DE, Map.of("requestedBy", "<script>alert(1)</script> & co"));
        assertTrue(mail.text().contains("<script>alert(1)</script> & co"), "plain text keeps the characters");
        assertFalse(mail.html().contains("<script>"));
        assertTrue(mail.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    }

    @Test
    void aMissingValueIsAProgrammingErrorNotAnEmptyGap() {
        assertThrows(IllegalArgumentException.class, () -> MailRenderer.fill("Hallo {name}", Map.of()));
        assertEquals("Hallo {not a placeholder}", MailRenderer.fill("Hallo {not a placeholder}", Map.of()));
        assertEquals("Preis: $5 \\o/", MailRenderer.fill("Preis: {p}", Map.of("p", "$5 \\o/")));
    }
}
