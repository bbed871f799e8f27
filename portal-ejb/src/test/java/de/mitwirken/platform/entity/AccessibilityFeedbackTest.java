package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of accessibility feedback: what a message needs, and that it is answered once, with a text. */
class AccessibilityFeedbackTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static AccessibilityFeedback received(String email) {
        return AccessibilityFeedback.receive(new FeedbackDraft("Der Kalender lässt sich nicht mit der Tastatur bedienen.",
                "Ada", email, "/conference/index.xhtml", email != null), null, Language.DE, NOW);
    }

    @Test
    void onlyTheMessageIsRequired() {
        assertEquals(Map.of(), new FeedbackDraft("Kontrast zu schwach", null, null, null, false).problems());
        assertEquals(Map.of("message", "accessibility.form.error.message"),
                new FeedbackDraft("  \n\t ", "", " ", "", false).problems());
    }

    @Test
    void aMessageHasAMaximumLengthCountedInCharacters() {
        assertEquals(Map.of(), new FeedbackDraft("😀".repeat(FeedbackDraft.MESSAGE_MAX), null, null, null, false).problems());
        assertEquals(Map.of("message", "accessibility.form.error.messageLength"),
                new FeedbackDraft("x".repeat(FeedbackDraft.MESSAGE_MAX + 1), null, null, null, false).problems());
    }

    @Test
    void anAddressMustBeOneAndNeedsConsent() {
        assertEquals(Map.of("email", "accessibility.form.error.email"),
                new FeedbackDraft("Text", null, "ada(at)example", null, true).problems());
        assertEquals(Map.of("consent", "accessibility.form.error.consent"),
                new FeedbackDraft("Text", null, "ada@example.org", null, false).problems());
        assertEquals(Map.of(), new FeedbackDraft("Text", null, "ada@example.org", null, true).problems());
    }

    @Test
    void nameAndPageHaveLimits() {
        Map<String, String> problems = new FeedbackDraft("Text", "n".repeat(201), null, "/".repeat(501), false).problems();
        assertEquals("accessibility.form.error.name", problems.get("name"));
        assertEquals("accessibility.form.error.page", problems.get("page"));
    }

    @Test
    void textIsCleanedAndOneLineFieldsLoseTheirBreaks() {
        FeedbackDraft draft = new FeedbackDraft(" Zeile 1\r\nZeile 2\u0007 ", "Ada\nLovelace", null, null, false);
        assertEquals("Zeile 1\nZeile 2", draft.message());
        assertEquals("Ada Lovelace", draft.name());
    }

    @Test
    void aReceivedMessageIsOpenAndKeepsTheAddressInLowerCaseWithTheTimeOfConsent() {
        AccessibilityFeedback f = received("Ada@Example.org");
        assertTrue(f.isOpen());
        assertEquals(FeedbackStatus.RECEIVED, f.status());
        assertEquals("ada@example.org", f.senderEmail().orElseThrow().value());
        assertEquals(NOW, f.consentAt());
        assertNull(received(null).consentAt());
    }

    @Test
    void aDraftWithProblemsIsNotReceived() {
        assertThrows(IllegalArgumentException.class, () -> AccessibilityFeedback.receive(
                new FeedbackDraft("Text", null, "ada@example.org", null, false), null, Language.DE, NOW));
    }

    @Test
    void anAnswerNeedsATextAndTheOneWhoGivesIt() {
        AccessibilityFeedback f = received(null);
        assertThrows(IllegalArgumentException.class, () -> f.answer("   ", "admin", NOW));
        assertThrows(IllegalArgumentException.class, () -> f.answer(null, "admin", NOW));
        assertThrows(IllegalArgumentException.class, () -> f.answer("x".repeat(AccessibilityFeedback.ANSWER_MAX + 1),
                "admin", NOW));
        assertThrows(IllegalArgumentException.class, () -> f.answer("Danke", " ", NOW));
        assertTrue(f.isOpen(), "a refused answer leaves the message open");
    }

    @Test
    void aMessageIsAnsweredOnce() {
        AccessibilityFeedback f = received("ada@example.org");
        f.answer("  Danke, wir haben den Kalender korrigiert.  ", "admin", NOW.plusSeconds(3600));
        assertFalse(f.isOpen());
        assertEquals(FeedbackStatus.ANSWERED, f.status());
        assertEquals("Danke, wir haben den Kalender korrigiert.", f.answer());
        assertEquals("admin", f.answeredBy());
        assertEquals(NOW.plusSeconds(3600), f.answeredAt());
        assertThrows(IllegalStateException.class, () -> f.answer("Noch einmal", "admin", NOW.plusSeconds(7200)));
        assertEquals("Danke, wir haben den Kalender korrigiert.", f.answer());
    }

    @Test
    void erasingPersonalDataKeepsMessageAndAnswer() {
        AccessibilityFeedback f = received("ada@example.org");
        f.answer("Danke", "admin", NOW);
        f.erasePersonalData();
        assertNull(f.senderName());
        assertTrue(f.senderEmail().isEmpty());
        assertNull(f.consentAt());
        assertNull(f.profileId());
        assertEquals("Danke", f.answer());
        assertTrue(f.message().startsWith("Der Kalender"));
    }

    @Test
    void theAgeIsCountedInWholeDaysOfTheCity() {
        AccessibilityFeedback f = received(null);
        assertEquals(0, f.ageInDays(LocalDate.of(2026, 11, 20), BERLIN));
        assertEquals(9, f.ageInDays(LocalDate.of(2026, 11, 29), BERLIN));
    }
}
