package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.entity.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The language switch: /language?to=en&amp;next=/current/page. Remembered in a cookie for visitors and in
 * the profile of a signed-in person; then back to the page the switch was used on.
 */
@WebServlet(value = "/language", loadOnStartup = 1)
public class LanguageServlet extends PortalServlet {

    @Inject
    IdentityFacade identity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Language> chosen = Language.fromTag(request.getParameter("to"));
        if (chosen.isPresent()) {
            Language language = chosen.get();
            LanguageCookie.write(request, response, language);
            SessionKeys.user(request).ifPresent(user -> {
                identity.changeLanguage(user.subject(), language);
                SessionKeys.rememberUser(request, user.withLanguage(language));
            });
        }
        response.sendRedirect(request.getContextPath() + LocalPath.parseOrHome(request.getParameter("next")));
    }
}
