package de.mitwirken.it.support;

/** Where the portal under test and its Keycloak answer (set by ./portal test through failsafe). */
public final class Portal {

    private Portal() {
    }

    public static String base() {
        return "http://localhost:" + System.getProperty("it.payara.httpPort", "28080");
    }

    public static String url(String path) {
        return base() + path;
    }

    public static String keycloak() {
        return System.getProperty("it.keycloak.url", "http://localhost:8280");
    }
}
