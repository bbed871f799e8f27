package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The main navigation on every page: the right entries for visitor and staff, the current area marked, and the
 * security policy asked as little as possible (each {@code isUserInRole} is a permission check in Payara, and the
 * template asks for the entries and each entry's state several times per page).
 */
class NavigationBeanTest {

    private final List<String> asked = new ArrayList<>();

    private NavigationBean navigation(String path, Principal principal, Set<String> roles) {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> principal;
                    case "isUserInRole" -> {
                        asked.add((String) args[0]);
                        yield roles.contains((String) args[0]);
                    }
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getAttribute", "getSession", "getCookies" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        CurrentUser currentUser = new CurrentUser();
        currentUser.request = request;
        LocaleBean locale = new LocaleBean();
        locale.request = request;
        NavigationBean navigation = new NavigationBean();
        navigation.request = request;
        navigation.currentUser = currentUser;
        navigation.localeBean = locale;
        return navigation;
    }

    private static List<String> keys(List<NavigationBean.Entry> entries) {
        return entries.stream().map(NavigationBean.Entry::labelKey).toList();
    }

    @Test
    void aVisitorSeesThePublicAreasAndNoRoleIsAsked() {
        NavigationBean navigation = navigation("/needs/index.xhtml", null, Set.of("moderator"));

        for (NavigationBean.Entry entry : navigation.getEntries()) {
            navigation.isCurrent(entry);
        }

        assertEquals(List.of("nav.home", "nav.needs", "nav.roadmap", "nav.board", "nav.conference"),
                keys(navigation.getEntries()));
        assertEquals(List.of(), asked);
    }

    @Test
    void staffSeeTheirAreasAndEachRoleIsAskedOncePerRequest() {
        Principal moderator = () -> "moderator";
        NavigationBean navigation = navigation("/needs/moderation/index.xhtml", moderator, Set.of("moderator"));

        for (int page = 0; page < 3; page++) { // the template's repeated look-ups
            for (NavigationBean.Entry entry : navigation.getEntries()) {
                navigation.isCurrent(entry);
                navigation.isCurrent(entry);
            }
        }

        assertTrue(keys(navigation.getEntries()).contains("nav.moderation"));
        assertFalse(keys(navigation.getEntries()).contains("nav.admin"));
        assertEquals(Set.copyOf(asked).size(), asked.size(), "a role was asked twice: " + asked);
    }

    @Test
    void theMostSpecificAreaIsCurrent() {
        NavigationBean navigation = navigation("/needs/moderation/index.xhtml", () -> "moderator", Set.of("moderator"));

        List<String> current = navigation.getEntries().stream().filter(navigation::isCurrent)
                .map(NavigationBean.Entry::labelKey).toList();

        assertEquals(List.of("nav.moderation"), current);
    }

    @Test
    void theLinksAreTheEntriesWithTheirAddressAndTheCurrentOneMarked() {
        NavigationBean navigation = navigation("/backlog/item.xhtml", null, Set.of());

        List<String> shown = navigation.getLinks().stream()
                .map(l -> l.getLabelKey() + " " + l.getHref() + (l.isCurrent() ? " current" : "")).toList();

        assertEquals(List.of("nav.home /index.xhtml", "nav.needs /needs/index.xhtml",
                "nav.roadmap /backlog/index.xhtml current", "nav.board /board/index.xhtml",
                "nav.conference /conference/index.xhtml"), shown);
        assertEquals("/platform/easy.xhtml", navigation.getEasyUrl(), "German is shown: the page itself");
    }

    @Test
    void theHomePageMarksHomeAndAPageOutsideTheAreasMarksNothing() {
        NavigationBean home = navigation("/", null, Set.of());
        NavigationBean about = navigation("/platform/about.xhtml", null, Set.of());

        assertEquals(List.of("nav.home"), home.getEntries().stream().filter(home::isCurrent)
                .map(NavigationBean.Entry::labelKey).toList());
        assertEquals(List.of(), about.getEntries().stream().filter(about::isCurrent).toList());
    }
}
