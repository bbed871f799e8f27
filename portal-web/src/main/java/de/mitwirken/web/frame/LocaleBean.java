package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.platform.entity.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The language of this request: the signed-in person's preference, else the visitor's cookie, else German. */
@Named
@RequestScoped
public class LocaleBean {

    @Inject
    HttpServletRequest request;

    private Language language;

    public Language getLanguage() {
        if (language == null) {
            language = SessionKeys.user(request).map(SignedInUser::language)
                    .or(() -> LanguageCookie.read(request))
                    .orElse(Language.DEFAULT);
        }
        return language;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getTag() {
        return getLanguage().tag();
    }

    public List<Language> getOthers() {
        return Arrays.stream(Language.values()).filter(l -> l != getLanguage()).toList();
    }

    /**
     * The language switch's links, one per other language, as plain properties for the page frame (a method call
     * in an expression is looked up anew each time it is evaluated).
     */
    public List<Switch> getSwitches() {
        return getOthers().stream().map(l -> new Switch(l.tag(), switchUrl(l))).toList();
    }

    /** One link of the language switch: the language's tag (lang, hreflang and its label's key) and the address. */
    public static final class Switch {

        private final String tag;
        private final String href;

        Switch(String tag, String href) {
            this.tag = tag;
            this.href = href;
        }

        public String getTag() {
            return tag;
        }

        public String getHref() {
            return href;
        }

        public String getLabelKey() {
            return "frame.language." + tag;
        }
    }

    /** The address of the language switch that comes back to the page being shown. */
    public String switchUrl(Language target) {
        return request.getContextPath() + "/language?to=" + target.tag() + "&next="
                + URLEncoder.encode(currentPath(), StandardCharsets.UTF_8);
    }

    private String currentPath() {
        // on an error page, the page that failed; after a forward, the address the browser shows
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String query = null;
        if (uri == null) {
            uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        }
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        return query == null ? path : path + "?" + query;
    }
}
