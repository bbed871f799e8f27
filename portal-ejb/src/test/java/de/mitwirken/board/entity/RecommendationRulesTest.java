package de.mitwirken.board.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import de.mitwirken.platform.entity.EasyLanguage;
import org.junit.jupiter.api.Test;

/** The rules of recommendations: voting in a quorate held meeting by those present, then the addressee's answers. */
class RecommendationRulesTest {

    private static final Instant START = Instant.parse("2026-03-12T16:00:00Z");
    private static final Instant AFTER = START.plusSeconds(3 * 3600);
    private static final String TEXT = "Der Beirat empfiehlt, Barrierefreiheit als eigenes Kriterium der Priorisierung aufzunehmen.";

    private static Meeting held(int members, Set<Long> present) throws Exception {
        Meeting meeting = Meeting.plan(new MeetingDraft("Sitzung des Beirats", START, START.plusSeconds(7200), "Rathaus",
                null, 50), "vorsitz", START.minusSeconds(30 * 86_400));
        meeting.addAgendaItem(new AgendaDraft("Empfehlung", null, 30, null, null));
        meeting.invite(LongStream.rangeClosed(1, members).boxed().toList(), START.minusSeconds(86_400));
        meeting.markHeld(START.plusSeconds(60));
        meeting.invitations().forEach(i -> i.recordPresence(present.contains(i.memberId())));
        Field id = Meeting.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(meeting, 3L);
        return meeting;
    }

    private static Recommendation draft() {
        return Recommendation.draft(new RecommendationDraft("Barrierefreiheit priorisieren", TEXT, Addressee.COUNCIL), 7L,
                START.minusSeconds(86_400));
    }

    @Test
    void aDraftNeedsATitleATextAndAnAddressee() {
        assertEquals(Set.of("title", "body", "addressee"), new RecommendationDraft("Ok", "zu kurz", null).problems().keySet());
        assertTrue(new RecommendationDraft("Barrierefreiheit", TEXT, Addressee.ADMINISTRATION).problems().isEmpty());
    }

    @Test
    void anOpenVoteOfThePresentAdoptsWithMoreYesThanNo() throws Exception {
        Meeting meeting = held(4, Set.of(1L, 2L, 3L));
        Recommendation recommendation = draft();
        assertTrue(recommendation.recordVote(meeting, VoteResult.open(Map.of(1L, VoteChoice.YES, 2L, VoteChoice.YES,
                3L, VoteChoice.NO)), Set.of(1L, 2L, 3L), "vorsitz", AFTER));
        assertEquals(RecommendationStatus.SUBMITTED, recommendation.status());
        assertEquals(2, recommendation.votesYes());
        assertEquals(3, recommendation.votes().size(), "an open vote keeps the names");
        assertEquals(LocalDate.of(2026, 3, 12), recommendation.steps().get(0).onDate());
        assertThrows(IllegalStateException.class, () -> recommendation.recordVote(meeting, VoteResult.secret(3, 0, 0),
                Set.of(1L, 2L, 3L), "vorsitz", AFTER), "a recommendation is voted once");
    }

    @Test
    void aSecretVoteKeepsCountsOnlyAndATieIsNotAdopted() throws Exception {
        Meeting meeting = held(4, Set.of(1L, 2L, 3L));
        Recommendation recommendation = draft();
        assertFalse(recommendation.recordVote(meeting, VoteResult.secret(1, 1, 1), Set.of(1L, 2L, 3L), "vorsitz", AFTER));
        assertEquals(RecommendationStatus.NOT_ADOPTED, recommendation.status());
        assertTrue(recommendation.votes().isEmpty());
        assertTrue(recommendation.status().next().isEmpty(), "a recommendation the board did not adopt goes nowhere");
    }

    @Test
    void onlyAQuorateHeldMeetingVotesAndOnlyThePresentVote() throws Exception {
        Meeting withoutQuorum = held(4, Set.of(1L));
        assertEquals("quorum", assertThrows(IllegalArgumentException.class, () -> draft().recordVote(withoutQuorum,
                VoteResult.secret(1, 0, 0), Set.of(1L), "vorsitz", AFTER)).getMessage());
        Meeting meeting = held(4, Set.of(1L, 2L));
        assertEquals("votes", assertThrows(IllegalArgumentException.class, () -> draft().recordVote(meeting,
                VoteResult.secret(2, 1, 0), Set.of(1L, 2L), "vorsitz", AFTER)).getMessage(), "more votes than present");
        assertEquals("votes", assertThrows(IllegalArgumentException.class, () -> draft().recordVote(meeting,
                VoteResult.open(Map.of(4L, VoteChoice.YES)), Set.of(1L, 2L), "vorsitz", AFTER)).getMessage(),
                "an absent member cannot vote");
        assertEquals("votes", assertThrows(IllegalArgumentException.class, () -> draft().recordVote(meeting,
                VoteResult.secret(0, 0, 0), Set.of(1L, 2L), "vorsitz", AFTER)).getMessage());
        Meeting planned = Meeting.plan(new MeetingDraft("Später", AFTER.plusSeconds(86_400), AFTER.plusSeconds(90_000),
                "Rathaus", null, 50), "vorsitz", AFTER);
        assertEquals("meeting", assertThrows(IllegalArgumentException.class, () -> draft().recordVote(planned,
                VoteResult.secret(1, 0, 0), Set.of(1L), "vorsitz", AFTER)).getMessage());
    }

    @Test
    void onAVerifiedOnlyRecommendationUnverifiedMembersGiveNoVoteButCountForTheQuorum() throws Exception {
        Meeting four = held(4, Set.of(1L, 2L, 3L));
        Recommendation verifiedOnly = draft();
        verifiedOnly.requireVerifiedVote(true);
        assertEquals("an unverified member voted", assertThrows(IllegalArgumentException.class, () -> verifiedOnly.recordVote(
                four, VoteResult.open(Map.of(1L, VoteChoice.YES, 3L, VoteChoice.YES)), Set.of(1L, 2L, 3L), Set.of(),
                Set.of(3L), "vorsitz", AFTER)).getMessage());
        assertEquals("votes", assertThrows(IllegalArgumentException.class, () -> verifiedOnly.recordVote(four,
                VoteResult.secret(3, 0, 0), Set.of(1L, 2L, 3L), Set.of(), Set.of(3L), "vorsitz", AFTER)).getMessage(),
                "a secret vote counts at most the verified members present");
        assertTrue(verifiedOnly.recordVote(four, VoteResult.secret(2, 0, 0), Set.of(1L, 2L, 3L), Set.of(), Set.of(3L),
                "vorsitz", AFTER));
        assertThrows(IllegalStateException.class, () -> verifiedOnly.requireVerifiedVote(false), "decided before the vote");

        Recommendation everyone = draft();
        assertTrue(everyone.recordVote(four, VoteResult.secret(3, 0, 0), Set.of(1L, 2L, 3L), Set.of(), Set.of(3L),
                "vorsitz", AFTER), "without the rule every member present votes");
    }

    @Test
    void aRecusedMemberIsNotCountedForTheVotesQuorumAndCannotVote() throws Exception {
        // 6 invited at 50 %, 3 present, one recused: the vote counts 2 present of 5, 3 would be needed
        Meeting six = held(6, Set.of(1L, 2L, 3L));
        assertTrue(six.quorum().reached(), "the meeting itself is quorate");
        assertEquals("quorum", assertThrows(IllegalArgumentException.class, () -> draft().recordVote(six,
                VoteResult.secret(2, 0, 0), Set.of(1L, 2L, 3L), Set.of(3L), "vorsitz", AFTER)).getMessage());
        // 4 invited, 3 present, one recused: 2 of 3, 2 needed
        Meeting four = held(4, Set.of(1L, 2L, 3L));
        assertEquals(new Quorum(3, 2, 50), Recommendation.voteQuorum(four, Set.of(1L, 2L, 3L), Set.of(3L)));
        assertEquals("a recused member voted", assertThrows(IllegalArgumentException.class, () -> draft().recordVote(four,
                VoteResult.open(Map.of(1L, VoteChoice.YES, 3L, VoteChoice.YES)), Set.of(1L, 2L, 3L), Set.of(3L),
                "vorsitz", AFTER)).getMessage(), "the recused member gives no vote");
        assertEquals("votes", assertThrows(IllegalArgumentException.class, () -> draft().recordVote(four,
                VoteResult.secret(3, 0, 0), Set.of(1L, 2L, 3L), Set.of(3L), "vorsitz", AFTER)).getMessage(),
                "more votes than members who may vote");
        Recommendation adopted = draft();
        assertTrue(adopted.recordVote(four, VoteResult.open(Map.of(1L, VoteChoice.YES, 2L, VoteChoice.YES)),
                Set.of(1L, 2L, 3L), Set.of(3L), "vorsitz", AFTER));
        assertThrows(IllegalStateException.class, () -> Recusal.fromVoteOn(adopted, 2L, null, true, AFTER),
                "no declaration after the vote");
        Recusal declared = Recusal.fromVoteOn(draft(), 2L, "Mein Büro bewirbt sich um den Auftrag.", true, START);
        assertEquals(null, declared.publicReason(), "a personal reason is never public");
        assertEquals("Mein Büro bewirbt sich um den Auftrag.", declared.reason());
        assertEquals("Vorstand des Vereins", Recusal.fromVoteOn(draft(), 2L, "Vorstand des Vereins", false, START)
                .publicReason());
    }

    @Test
    void anAgendaPointIsVotedOnceWithoutTheRecusedMembers() throws Exception {
        Meeting four = held(4, Set.of(1L, 2L, 3L));
        AgendaItem point = four.agenda().get(0);
        assertEquals("votes", assertThrows(IllegalArgumentException.class, () -> point.recordVote(
                VoteResult.secret(2, 1, 0), Set.of(1L, 2L, 3L), Set.of(3L), AFTER)).getMessage(),
                "three votes, but only two may vote");
        Meeting six = held(6, Set.of(1L, 2L, 3L));
        assertEquals("quorum", assertThrows(IllegalArgumentException.class, () -> six.agenda().get(0).recordVote(
                VoteResult.secret(2, 0, 0), Set.of(1L, 2L, 3L), Set.of(3L), AFTER)).getMessage());
        point.recordVote(VoteResult.secret(1, 0, 1), Set.of(1L, 2L, 3L), Set.of(3L), AFTER);
        assertEquals(Integer.valueOf(1), point.votesYes());
        assertTrue(point.voted());
        assertThrows(IllegalStateException.class, () -> point.recordVote(VoteResult.secret(1, 0, 0), Set.of(1L, 2L),
                Set.of(), AFTER), "once");
    }

    @Test
    void theAddresseesAnswersFollowTheWayWithDatesAndWhoAnswered() throws Exception {
        Meeting meeting = held(4, Set.of(1L, 2L, 3L));
        Recommendation recommendation = draft();
        recommendation.recordVote(meeting, VoteResult.secret(3, 0, 0), Set.of(1L, 2L, 3L), "vorsitz", AFTER);
        Instant later = Instant.parse("2026-05-01T08:00:00Z");
        assertThrows(IllegalStateException.class, () -> recommendation.track(RecommendationStatus.IMPLEMENTED,
                LocalDate.of(2026, 4, 1), "Rat", null, "strategie", later), "implemented only after accepted");
        assertEquals("onDate", assertThrows(IllegalArgumentException.class, () -> recommendation.track(
                RecommendationStatus.UNDER_CONSIDERATION, LocalDate.of(2026, 3, 1), "Rat", null, "strategie", later))
                .getMessage(), "not before the vote");
        assertEquals("onDate", assertThrows(IllegalArgumentException.class, () -> recommendation.track(
                RecommendationStatus.UNDER_CONSIDERATION, LocalDate.of(2026, 5, 2), "Rat", null, "strategie", later))
                .getMessage(), "not in the future");
        assertEquals("answeredBy", assertThrows(IllegalArgumentException.class, () -> recommendation.track(
                RecommendationStatus.UNDER_CONSIDERATION, LocalDate.of(2026, 4, 1), " ", null, "strategie", later))
                .getMessage());
        recommendation.track(RecommendationStatus.UNDER_CONSIDERATION, LocalDate.of(2026, 4, 1), "Ausschuss", null,
                "strategie", later);
        recommendation.track(RecommendationStatus.ACCEPTED, LocalDate.of(2026, 4, 20), "Rat der Stadt", "V/0100/2026",
                "strategie", later);
        recommendation.track(RecommendationStatus.IMPLEMENTED, LocalDate.of(2026, 4, 30), "Amt", null, "strategie", later);
        assertEquals(List.of(RecommendationStatus.SUBMITTED, RecommendationStatus.UNDER_CONSIDERATION,
                RecommendationStatus.ACCEPTED, RecommendationStatus.IMPLEMENTED),
                recommendation.steps().stream().map(RecommendationStep::status).toList());
        recommendation.feed(17);
        assertEquals(17L, recommendation.backlogItemId());
        assertThrows(IllegalStateException.class, () -> draft().feed(17), "a draft feeds nothing");
    }

    @Test
    void theTextHasAnOptionalEasyToReadVersion() {
        Recommendation recommendation = draft();
        assertEquals(null, recommendation.easyText());
        recommendation.writeInEasyLanguage("Der Beirat sagt:\r\nAlle sollen die Seiten gut lesen können.  ");
        assertEquals("Der Beirat sagt:\nAlle sollen die Seiten gut lesen können.", recommendation.easyText());
        assertThrows(IllegalArgumentException.class,
                () -> recommendation.writeInEasyLanguage("x".repeat(EasyLanguage.MAX + 1)));
        assertEquals("Der Beirat sagt:\nAlle sollen die Seiten gut lesen können.", recommendation.easyText(),
                "a refused text keeps the old one");
        recommendation.writeInEasyLanguage("  ");
        assertEquals(null, recommendation.easyText(), "blank removes it");
    }
}
