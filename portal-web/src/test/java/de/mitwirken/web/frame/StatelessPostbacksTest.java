package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which posts of stateless forms the CSRF guard refuses. */
class StatelessPostbacksTest {

    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Test
    void aSignedInPersonsStatelessPostNeedsTheSessionsToken() {
        HttpSession session = session(true);
        String token = CsrfToken.of(session);
        assertTrue(refused(session, Map.of(VIEW_STATE, "stateless")), "no token at all");
        assertTrue(refused(session, Map.of(VIEW_STATE, "stateless", "submit:csrf", "forged")), "a wrong token");
        assertTrue(refused(session, Map.of(VIEW_STATE, "stateless", "submit:csrf", "")), "an empty token");
        assertFalse(refused(session, Map.of(VIEW_STATE, "stateless", "submit:csrf", token)), "the form's field");
        assertFalse(refused(session, Map.of(VIEW_STATE, "stateless", "csrf", token)), "a plain field");
        assertTrue(refused(session, Map.of(VIEW_STATE, "stateless", "submit:csrfx", token)),
                "only a field named csrf counts");
    }

    @Test
    void aSessionWithoutTokenRefusesEvenAnEmptyOne() {
        assertTrue(refused(session(true), Map.of(VIEW_STATE, "stateless", "submit:csrf", "")));
    }

    @Test
    void guestsAndStatefulPostsAreLeftToTheirOwnRules() {
        assertFalse(refused(null, Map.of(VIEW_STATE, "stateless")), "a guest has no session to borrow");
        assertFalse(refused(session(false), Map.of(VIEW_STATE, "stateless")), "a session without a signed-in person");
        assertFalse(refused(session(true), Map.of(VIEW_STATE, "-4711:1234")), "a stateful view checks its state");
        assertFalse(refused(session(true), Map.of()), "not a postback");
    }

    private static boolean refused(HttpSession session, Map<String, String> params) {
        HttpServletRequest request = FakeHttp.request("POST", "/needs/submit.xhtml", null, null, session, List.of(),
                Map.of());
        return StatelessPostbacks.refused(params, request);
    }

    private static HttpSession session(boolean signedIn) {
        Map<String, Object> attributes = new HashMap<>();
        if (signedIn) {
            attributes.put(SessionKeys.USER, new SignedInUser(1, "sub-1", "citizen", "Citizen", "c@example.org",
                    null));
        }
        return (HttpSession) Proxy.newProxyInstance(StatelessPostbacksTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
