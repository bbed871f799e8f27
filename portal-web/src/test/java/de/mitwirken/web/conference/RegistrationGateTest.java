package de.mitwirken.web.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.web.frame.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounded admission of registrations: over the bound a request is turned away at once, and places come back. */
class RegistrationGateTest {

    private static String busy(int retryAfterSeconds) {
        assertTrue(retryAfterSeconds >= 1, "a turned-away client waits at least a second");
        return "busy";
    }

    @Test
    void admitsUpToTheBoundAndTurnsTheNextAwayWithoutWaiting() {
        RegistrationGate gate = new RegistrationGate(2);
        List<String> inside = new ArrayList<>();
        String outer = gate.through(() -> gate.through(() -> {
            inside.add(gate.through(() -> "third", RegistrationGateTest::busy));
            return "second";
        }, RegistrationGateTest::busy), RegistrationGateTest::busy);
        assertEquals("second", outer);
        assertEquals(List.of("busy"), inside, "a third at once is turned away");
        assertEquals("again", gate.through(() -> gate.through(() -> "again", RegistrationGateTest::busy),
                RegistrationGateTest::busy), "both places came back");
    }

    @Test
    void aFailedRegistrationGivesItsPlaceBack() {
        RegistrationGate gate = new RegistrationGate(1);
        assertThrows(IllegalStateException.class, () -> gate.through(() -> {
            throw new IllegalStateException("the database is gone");
        }, RegistrationGateTest::busy));
        assertEquals("in", gate.through(() -> "in", RegistrationGateTest::busy));
    }

    @Test
    void aBoundBelowOneIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new RegistrationGate(0));
    }

    @Test
    void theBusyAnswerIsAProblemDetailWith503() {
        ApiProblem problem = ConferenceResource.busyProblem(3);
        assertEquals(503, problem.status());
        assertEquals("Service Unavailable", problem.title());
        assertTrue(problem.detail().contains("nothing was done"), problem.detail());
        assertTrue(problem.detail().contains("after 3 second(s)"), problem.detail());
    }
}
