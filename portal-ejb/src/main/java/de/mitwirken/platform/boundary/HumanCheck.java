package de.mitwirken.platform.boundary;

import de.mitwirken.platform.control.HumanProofs;
import de.mitwirken.platform.entity.HumanCheckKey;
import de.mitwirken.platform.entity.UsedHumanCheck;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The check that a guest form is sent by a person, self-hosted (no third party, no cookie): a proof-of-work puzzle
 * that the page's script solves in the background ({@link HumanProofs}), or for browsers without JavaScript a
 * question in words. Each solution and each question counts once, recorded in the database until it expires, so
 * it cannot be sent again on any node. The JSON API has no such check: its clients are programs, held by the rate
 * limits alone.
 */
@Stateless
@PermitAll
public class HumanCheck {

    /** The form field the check's messages stand at. */
    public static final String FIELD = "human";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "portal.human-check.max-number", defaultValue = "20000")
    long maxNumber;
    @Inject
    @ConfigProperty(name = "portal.human-check.minutes", defaultValue = "60")
    int minutes;

    /** A new puzzle and question for a form about to be shown. */
    public HumanPuzzle puzzle() {
        byte[] key = key();
        Instant now = clock.instant();
        Duration validity = Duration.ofMinutes(minutes);
        HumanProofs.Puzzle p = HumanProofs.puzzle(key, now, validity, maxNumber, RANDOM);
        HumanProofs.Question q = HumanProofs.question(key, now, validity, RANDOM);
        return new HumanPuzzle(p.algorithm(), p.challenge(), p.salt(), p.maxNumber(), p.signature(), q.first(),
                q.second(), q.token());
    }

    /**
     * Whether a form whose script solved the puzzle, or else whose sender answered the question, passes: empty if
     * so, else the message key for the field "human". Spends what it checked, a wrong answer too (so one question
     * cannot be tried with every answer): the same solution or token a second time is refused. Answers instead of
     * throwing, so that the spending is kept whatever the verdict.
     */
    public Optional<String> check(String solution, String questionToken, String answer) {
        byte[] key = key();
        Instant now = clock.instant();
        HumanProofs.Checked checked = solution != null && !solution.isBlank()
                ? HumanProofs.checkSolution(key, solution, now, maxNumber)
                : HumanProofs.checkAnswer(key, questionToken, answer, now);
        if (checked.proof() != null && !spend(checked)) {
            return Optional.of("platform.human.error.used");
        }
        return switch (checked.verdict()) {
            case OK -> Optional.empty();
            case MISSING -> Optional.of("platform.human.error.missing");
            case EXPIRED -> Optional.of("platform.human.error.expired");
            default -> Optional.of("platform.human.error.wrong");
        };
    }

    /** Records the proof once; false when it was recorded before. */
    private boolean spend(HumanProofs.Checked checked) {
        return em.createNamedQuery(UsedHumanCheck.USE).setParameter(1, checked.proof())
                .setParameter(2, Timestamp.from(checked.expiresAt())).executeUpdate() == 1;
    }

    private byte[] key() {
        return HexFormat.of().parseHex(em.find(HumanCheckKey.class, HumanCheckKey.ID).secret());
    }
}
