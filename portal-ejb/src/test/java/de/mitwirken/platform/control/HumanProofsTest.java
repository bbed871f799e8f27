package de.mitwirken.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.control.HumanProofs.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HumanProofsTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final long MAX = 5_000;

    private final HumanProofs.Puzzle puzzle = HumanProofs.puzzle(KEY, NOW, HOUR, MAX, new Random(7));

    /** What the browser's script does: try every number until the hash matches. */
    private static long solve(HumanProofs.Puzzle p) {
        for (long n = 0; n <= p.maxNumber(); n++) {
            if (HumanProofs.sha256(p.salt() + n).equals(p.challenge())) {
                return n;
            }
        }
        throw new AssertionError("no number found");
    }

    @Test
    void aSolvedPuzzlePassesAndNamesItsChallengeAsTheProofForTheSingleUse() {
        assertEquals("SHA-256", puzzle.algorithm());
        assertTrue(puzzle.salt().endsWith("?expires=" + NOW.plus(HOUR).getEpochSecond()), "the salt carries its expiry");
        String solution = HumanProofs.solution(puzzle.salt(), solve(puzzle), puzzle.signature());
        HumanProofs.Checked checked = HumanProofs.checkSolution(KEY, solution, NOW.plusSeconds(5), MAX);
        assertEquals(Verdict.OK, checked.verdict());
        assertEquals(puzzle.challenge(), checked.proof());
        assertEquals(NOW.plus(HOUR), checked.expiresAt());
    }

    @Test
    void aWrongNumberIsRefused() {
        long number = solve(puzzle);
        String wrong = HumanProofs.solution(puzzle.salt(), number == 0 ? 1 : number - 1, puzzle.signature());
        assertEquals(Verdict.WRONG, HumanProofs.checkSolution(KEY, wrong, NOW, MAX).verdict());
        assertEquals(Verdict.WRONG, HumanProofs.checkSolution(KEY,
                HumanProofs.solution(puzzle.salt(), MAX + 1, puzzle.signature()), NOW, MAX).verdict());
    }

    @Test
    void anExpiredPuzzleIsRefusedAndItsExpiryCannotBeMovedWithoutBreakingTheSignature() {
        long number = solve(puzzle);
        String solution = HumanProofs.solution(puzzle.salt(), number, puzzle.signature());
        assertEquals(Verdict.EXPIRED, HumanProofs.checkSolution(KEY, solution, NOW.plus(HOUR), MAX).verdict());
        String later = puzzle.salt().replaceAll("expires=\\d+", "expires=" + NOW.plus(Duration.ofDays(9)).getEpochSecond());
        assertEquals(Verdict.WRONG, HumanProofs.checkSolution(KEY, HumanProofs.solution(later, number, puzzle.signature()),
                NOW.plus(HOUR), MAX).verdict(), "a longer expiry written into the salt changes the challenge");
    }

    @Test
    void aTamperedOrForeignSignatureIsRefused() {
        long number = solve(puzzle);
        String sig = puzzle.signature();
        String tampered = (sig.charAt(0) == 'a' ? 'b' : 'a') + sig.substring(1);
        assertEquals(Verdict.WRONG, HumanProofs.checkSolution(KEY, HumanProofs.solution(puzzle.salt(), number, tampered),
                NOW, MAX).verdict());
        HumanProofs.Puzzle foreign = HumanProofs.puzzle(OTHER_KEY, NOW, HOUR, MAX, new Random(7));
        assertEquals(Verdict.WRONG, HumanProofs.checkSolution(KEY, HumanProofs.solution(foreign.salt(), solve(foreign),
                foreign.signature()), NOW, MAX).verdict(), "a puzzle signed with another key");
        // a made-up puzzle: any salt, its own hash, no valid signature
        String salt = "00?expires=" + NOW.plus(HOUR).getEpochSecond();
        assertEquals(Verdict.WRONG, HumanProofs.checkSolution(KEY, HumanProofs.solution(salt, 1,
                HumanProofs.sha256(salt + 1)), NOW, MAX).verdict());
    }

    @Test
    void nothingOrGarbageIsMissingOrMalformedNeverAnError() {
        assertEquals(Verdict.MISSING, HumanProofs.checkSolution(KEY, null, NOW, MAX).verdict());
        assertEquals(Verdict.MISSING, HumanProofs.checkSolution(KEY, " ", NOW, MAX).verdict());
        for (String bad : new String[] {"x", "a|b", "a|b|c|d", "salt|12|sig", puzzle.salt() + "|zwölf|" + puzzle.signature(),
                "|".repeat(2) + "x".repeat(400)}) {
            HumanProofs.Checked c = HumanProofs.checkSolution(KEY, bad, NOW, MAX);
            assertEquals(Verdict.MALFORMED, c.verdict(), bad);
            assertNull(c.proof());
        }
    }

    @Test
    void aPuzzleIsDifferentEachTime() {
        HumanProofs.Puzzle next = HumanProofs.puzzle(KEY, NOW, HOUR, MAX, new Random(8));
        assertNotEquals(puzzle.salt(), next.salt());
        assertNotEquals(puzzle.challenge(), next.challenge());
    }

    @Test
    void theQuestionIsAnsweredInDigitsOrWordsAndItsTokenHoldsNoAnswer() {
        HumanProofs.Question q = HumanProofs.question(KEY, NOW, HOUR, new Random(3));
        int sum = q.first() + q.second();
        assertTrue(q.first() >= 1 && q.first() <= 9 && q.second() >= 1 && q.second() <= 9);
        assertTrue(!q.token().contains("|" + sum) && q.token().split("\\.").length == 4);
        HumanProofs.Checked right = HumanProofs.checkAnswer(KEY, q.token(), " " + sum + " ", NOW);
        assertEquals(Verdict.OK, right.verdict());
        assertEquals(64, right.proof().length());
        assertEquals(Verdict.OK, HumanProofs.checkAnswer(KEY, q.token(), new String[] {"null", "eins", "zwei", "drei",
            "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn",
            "sechzehn", "siebzehn", "achtzehn"}[sum], NOW).verdict());
        HumanProofs.Checked wrong = HumanProofs.checkAnswer(KEY, q.token(), Integer.toString(sum + 1), NOW);
        assertEquals(Verdict.WRONG, wrong.verdict());
        assertEquals(right.proof(), wrong.proof(), "a wrong answer spends the same token");
        assertEquals(Verdict.EXPIRED, HumanProofs.checkAnswer(KEY, q.token(), Integer.toString(sum), NOW.plus(HOUR)).verdict());
        assertEquals(Verdict.WRONG, HumanProofs.checkAnswer(OTHER_KEY, q.token(), Integer.toString(sum), NOW).verdict());
        assertEquals(Verdict.MISSING, HumanProofs.checkAnswer(KEY, q.token(), "", NOW).verdict());
        assertEquals(Verdict.MALFORMED, HumanProofs.checkAnswer(KEY, "q.1.2", "3", NOW).verdict());
        assertEquals(Verdict.WRONG, HumanProofs.checkAnswer(KEY, q.token(), "'; DROP TABLE x", NOW).verdict());
    }
}
