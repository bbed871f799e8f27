package de.mitwirken.web.frame;

import de.mitwirken.platform.entity.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/** A visitor's language choice, remembered in a cookie for a year (no session needed). */
final class LanguageCookie {

    static final String NAME = "mitwirken-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private LanguageCookie() {
    }

    static Optional<Language> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return Language.fromTag(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    static void write(HttpServletRequest request, HttpServletResponse response, Language language) {
        Cookie cookie = new Cookie(NAME, language.tag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(FrontDoor.https(request));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
