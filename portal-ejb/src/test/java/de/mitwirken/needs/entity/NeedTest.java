package de.mitwirken.needs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.entity.Language;
import de.mitwirken.strategy.StrategyField;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import de.mitwirken.platform.entity.EasyLanguage;
import org.junit.jupiter.api.Test;

class NeedTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final NeedDraft DRAFT = new NeedDraft("Termine im Bürgeramt online buchen",
            "Man wartet wochenlang auf einen Termin, online gibt es keine freien Zeiten.", StrategyField.ADMINISTRATION,
            SubmitterType.CITIZEN, null, "Mitte", Set.of());

    @Test
    void preModerationPutsANeedIntoTheQueueAndPostModerationPublishesIt() {
        Need pre = Need.submittedBy(7, DRAFT, null, Set.of(), Language.DE, ModerationMode.PRE, T0);
        assertEquals(NeedStatus.SUBMITTED, pre.status());
        assertFalse(pre.isPublic());
        assertNull(pre.organisation(), "a citizen speaks for no organisation");

        Need post = Need.submittedBy(7, DRAFT, null, Set.of(), Language.DE, ModerationMode.POST, T0);
        assertEquals(NeedStatus.PUBLISHED, post.status());
        assertTrue(post.isPublic());
        assertEquals(List.of(NeedStatus.SUBMITTED, NeedStatus.PUBLISHED),
                post.history().stream().map(NeedStatusChange::status).toList());
    }

    @Test
    void aGuestNeedWaitsForItsTokenWhichWorksOnce() {
        Need guest = Need.submittedByGuest("gast@example.org", "hash-1", DRAFT, Set.of(), Language.DE, T0);
        assertEquals(NeedStatus.UNCONFIRMED, guest.status());
        assertThrows(IllegalArgumentException.class, () -> guest.confirm("other", ModerationMode.PRE, T0));
        guest.confirm("hash-1", ModerationMode.PRE, T0.plusSeconds(60));
        assertEquals(NeedStatus.SUBMITTED, guest.status());
        assertThrows(IllegalStateException.class, () -> guest.confirm("hash-1", ModerationMode.PRE, T0));
    }

    @Test
    void theFullLifecycleRecordsEveryStepWithItsDate() {
        Need need = Need.submittedBy(7, DRAFT, null, Set.of(), Language.DE, ModerationMode.PRE, T0);
        need.startReview(T0.plusSeconds(1));
        need.publish(T0.plusSeconds(2));
        need.answer(new Answer(Outcome.ACCEPTED, "Wir nehmen das in die Strategie auf.", "Stabsstelle Digitalisierung",
                null), "moderator", T0.plusSeconds(3));
        assertEquals(NeedStatus.ANSWERED, need.status());
        assertEquals(Outcome.ACCEPTED, need.outcome());
        assertEquals(List.of(NeedStatus.SUBMITTED, NeedStatus.IN_REVIEW, NeedStatus.PUBLISHED, NeedStatus.ANSWERED),
                need.history().stream().map(NeedStatusChange::status).toList());
        assertEquals(T0.plusSeconds(3), need.history().get(3).changedAt());
        assertTrue(need.isPublic(), "an answered need stays public");
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        Need need = Need.submittedBy(7, DRAFT, null, Set.of(), Language.DE, ModerationMode.PRE, T0);
        Answer answer = new Answer(Outcome.ALREADY_PLANNED, "Das ist schon geplant.", "Bürgeramt", null);
        assertThrows(IllegalStateException.class, () -> need.answer(answer, "m", T0), "not yet published");
        need.reject("Doppelt eingereicht.", T0);
        assertThrows(IllegalStateException.class, () -> need.publish(T0), "rejected needs stay rejected");
        assertThrows(IllegalStateException.class, () -> need.reject("nochmal", T0));
    }

    @Test
    void aRejectionNeedsAReasonAndNotFeasibleNeedsOneToo() {
        Need need = Need.submittedBy(7, DRAFT, null, Set.of(), Language.DE, ModerationMode.POST, T0);
        assertThrows(IllegalArgumentException.class, () -> need.reject("   ", T0));
        Answer withoutReason = new Answer(Outcome.NOT_FEASIBLE, "Das geht leider nicht.", "Bauordnungsamt", null);
        assertFalse(withoutReason.problems().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> need.answer(withoutReason, "m", T0));
    }

    @Test
    void mergedNeedsBelongToAClusterAndStayThere() {
        Need need = Need.submittedBy(7, DRAFT, null, Set.of(), Language.DE, ModerationMode.POST, T0);
        Answer merged = new Answer(Outcome.MERGED, "Wir haben es mit ähnlichen zusammengefasst.", "Moderation", null);
        assertThrows(IllegalStateException.class, () -> need.answer(merged, "m", T0));
        need.joinCluster(new NeedCluster("Online-Termine", "Viele wünschen Online-Termine.", "m", T0));
        need.answer(merged, "m", T0);
        assertThrows(IllegalStateException.class, need::leaveCluster);
    }

    @Test
    void onlyPublishedNeedsAreClusteredAndHiddenOnesAreNotPublic() {
        Need queued = Need.submittedBy(7, DRAFT, null, Set.of(), Language.DE, ModerationMode.PRE, T0);
        NeedCluster cluster = new NeedCluster("Online-Termine", "Viele wünschen Online-Termine.", "m", T0);
        assertThrows(IllegalStateException.class, () -> queued.joinCluster(cluster));
        Need published = Need.submittedBy(7, DRAFT, null, Set.of(), Language.DE, ModerationMode.POST, T0);
        published.hide();
        assertFalse(published.isPublic());
        assertFalse(published.acceptsParticipation());
        published.unhide();
        assertTrue(published.acceptsParticipation());
    }

    @Test
    void moderationCorrectsTypoesVisiblyButNotIntoNonsense() {
        Need need = Need.submittedBy(7, DRAFT, null, Set.of(), Language.DE, ModerationMode.POST, T0);
        need.correctByModeration("Termine im Bürgeramt online buchen!", DRAFT.description(), T0.plusSeconds(9));
        assertEquals(T0.plusSeconds(9), need.moderatedEditAt());
        assertThrows(IllegalArgumentException.class, () -> need.correctByModeration("x", "y", T0));
    }

    @Test
    void anAnswerCarriesAnEasyToReadVersionWhichCanBeChangedAndRemovedAlone() {
        Need need = Need.submittedBy(7, DRAFT, null, Set.of(), Language.DE, ModerationMode.POST, T0);
        assertThrows(IllegalStateException.class, () -> need.answerInEasyLanguage("Die Stadt macht das."),
                "without an answer there is nothing to put into easy words");
        need.answerInEasyLanguage("   ");
        assertNull(need.answerEasyText(), "removing nothing is fine");
        need.answer(new Answer(Outcome.ACCEPTED, "Wir nehmen das in die Strategie auf.", "Stabsstelle Digitalisierung",
                null, "  Die Stadt macht das.\r\nDas dauert ein Jahr.  "), "moderator", T0.plusSeconds(3));
        assertEquals("Die Stadt macht das.\nDas dauert ein Jahr.", need.answerEasyText());
        need.answerInEasyLanguage("Die Stadt macht das bald.");
        assertEquals("Die Stadt macht das bald.", need.answerEasyText());
        assertEquals(NeedStatus.ANSWERED, need.status());
        assertEquals(3, need.history().size(), "changing the easy version is no new answer");
        need.answerInEasyLanguage(" \n ");
        assertNull(need.answerEasyText(), "blank removes it");
        String tooLong = "a".repeat(EasyLanguage.MAX + 1);
        assertThrows(IllegalArgumentException.class, () -> need.answerInEasyLanguage(tooLong));
        assertNull(need.answerEasyText(), "a refused text changes nothing");
    }

    @Test
    void anAnswerWithATooLongEasyVersionNamesTheFieldAndIsRefused() {
        Answer answer = new Answer(Outcome.ACCEPTED, "Wir nehmen das in die Strategie auf.", "Bürgeramt", null,
                "a".repeat(EasyLanguage.MAX + 1));
        assertEquals(Set.of("easyText"), answer.problems().keySet());
        assertThrows(IllegalArgumentException.class, answer::requireValid);
        Answer plain = new Answer(Outcome.ACCEPTED, "Wir nehmen das in die Strategie auf.", "Bürgeramt", null, " ");
        assertNull(plain.easyText(), "blank means none");
        assertTrue(plain.sameOfficialAnswer(Outcome.ACCEPTED, "Wir nehmen das in die Strategie auf.", "Bürgeramt", null));
        assertFalse(plain.sameOfficialAnswer(Outcome.ACCEPTED, "Wir nehmen das auf.", "Bürgeramt", null));
        assertFalse(plain.sameOfficialAnswer(Outcome.ALREADY_PLANNED, "Wir nehmen das in die Strategie auf.", "Bürgeramt", null));
    }

    @Test
    void onlyAVerifiedOrganisationIsNamedAndGuestsSpeakForNone() {
        NeedDraft forOrganisation = new NeedDraft("Termine im Bürgeramt online buchen",
                "Man wartet wochenlang auf einen Termin, online gibt es keine freien Zeiten.", StrategyField.ADMINISTRATION,
                SubmitterType.SCIENCE, 12L, "Mitte", Set.of());
        assertThrows(IllegalArgumentException.class, () -> Need.submittedBy(7, forOrganisation, null, Set.of(),
                Language.DE, ModerationMode.PRE, T0), "no verified organisation, no organisation's name");
        Need need = Need.submittedBy(7, forOrganisation, new Need.OrganisationName(12L, "Hochschule Musterstadt"),
                Set.of(), Language.DE, ModerationMode.PRE, T0);
        assertEquals(12L, need.organisationId());
        assertEquals("Hochschule Musterstadt", need.organisation());
        assertThrows(IllegalArgumentException.class, () -> Need.submittedBy(7, DRAFT,
                new Need.OrganisationName(12L, "Hochschule Musterstadt"), Set.of(), Language.DE, ModerationMode.PRE, T0),
                "a private citizen names no organisation");
        assertThrows(IllegalArgumentException.class, () -> Need.submittedByGuest("gast@example.org", "hash-1",
                forOrganisation, Set.of(), Language.DE, T0));
    }
}
