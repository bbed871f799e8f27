package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language switch of the page frame: one link per other language, back to the page being shown. */
class LocaleBeanTest {

    private static LocaleBean locale(String uri, String query, Cookie... cookies) {
        LocaleBean locale = new LocaleBean();
        locale.request = (HttpServletRequest) Proxy.newProxyInstance(LocaleBeanTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    case "getContextPath" -> "";
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    case "getAttribute", "getSession" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return locale;
    }

    private static List<String> shown(LocaleBean locale) {
        return locale.getSwitches().stream().map(s -> s.getTag() + " " + s.getLabelKey() + " " + s.getHref()).toList();
    }

    @Test
    void aGermanPageOffersEnglishBackToItself() {
        assertEquals(List.of("en frame.language.en /language?to=en&next=%2Fneeds%2Findex.xhtml%3Fq%3DKita"),
                shown(locale("/needs/index.xhtml", "q=Kita")));
    }

    @Test
    void anEnglishPageOffersGerman() {
        assertEquals(List.of("de frame.language.de /language?to=de&next=%2F"),
                shown(locale("/", null, new Cookie(LanguageCookie.NAME, "en"))));
    }
}
