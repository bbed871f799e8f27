package de.mitwirken.web.frame;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The page to return to after sign-in, kept for the ten minutes a sign-in may take. */
final class ReturnCookie {

    static final String NAME = "mitwirken-return";
    private static final int TEN_MINUTES = 600;

    private ReturnCookie() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String path) {
        response.addCookie(cookie(request, URLEncoder.encode(path, StandardCharsets.UTF_8), TEN_MINUTES));
    }

    /** Reads and forgets the page; home if there is none or it is not a page of ours. */
    static String take(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    response.addCookie(cookie(request, "", 0));
                    return LocalPath.parseOrHome(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
                }
            }
        }
        return "/";
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(FrontDoor.https(request));
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
