package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsentRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void aFreshConsentCoversTheCurrentText() {
        ConsentRecord consent = new ConsentRecord(7, ConsentPurpose.PRIVACY_POLICY, NOW);
        assertTrue(consent.coversCurrent(ConsentPurpose.PRIVACY_POLICY));
        assertEquals(ConsentPurpose.PRIVACY_POLICY.currentVersion(), consent.textVersion());
    }

    @Test
    void aWithdrawnConsentCoversNothingAndKeepsItsFirstWithdrawalDate() {
        ConsentRecord consent = new ConsentRecord(7, ConsentPurpose.PRIVACY_POLICY, NOW);
        consent.withdraw(NOW.plusSeconds(60));
        consent.withdraw(NOW.plusSeconds(120));
        assertFalse(consent.coversCurrent(ConsentPurpose.PRIVACY_POLICY));
        assertEquals(NOW.plusSeconds(60), consent.withdrawnAt());
    }

    @Test
    void aConsentToAnOlderTextDoesNotCoverTheCurrentOne() throws Exception {
        ConsentRecord consent = new ConsentRecord(7, ConsentPurpose.PRIVACY_POLICY, NOW);
        var version = ConsentRecord.class.getDeclaredField("textVersion");
        version.setAccessible(true);
        version.set(consent, "2025-01-01"); // as stored before the text changed
        assertFalse(consent.coversCurrent(ConsentPurpose.PRIVACY_POLICY), "a new version asks again");
    }
}
