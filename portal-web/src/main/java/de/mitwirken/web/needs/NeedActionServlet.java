package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.Participation;
import de.mitwirken.needs.entity.FlagReason;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.web.frame.CsrfToken;
import de.mitwirken.web.frame.SessionKeys;
import de.mitwirken.web.frame.SessionKeys.FormResult;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.web.frame.PortalServlet;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The small forms of a need's page (support, follow, comment, reply, edit, flag): plain POSTs with the
 * session's CSRF token, then back to the need with a message (post-redirect-get). What failed keeps the
 * typed text and names the field.
 */
@WebServlet(value = "/needs/action", loadOnStartup = 1)
public class NeedActionServlet extends PortalServlet {

    @Inject
    Participation participation;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = SessionKeys.user(request);
        Long needId = NeedParams.number(request.getParameter("need"));
        if (needId == null) {
            response.sendRedirect(request.getContextPath() + "/needs/index.xhtml");
            return;
        }
        if (user.isEmpty()) { // e.g. a guest's "this is my need too" on the submission form: sign in first
            response.sendRedirect(request.getContextPath() + "/signin?next="
                    + URLEncoder.encode("/needs/need.xhtml?id=" + needId, StandardCharsets.UTF_8));
            return;
        }
        if (!CsrfToken.isValid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String subject = user.get().subject();
        String action = String.valueOf(request.getParameter("action"));
        Long target = NeedParams.number(request.getParameter("comment"));
        String body = request.getParameter("body");
        String anchor = "";
        try {
            FormResult result = switch (action) {
                case "support" -> ok(participation.support(subject, needId) ? "needs.done.supported" : "needs.done.supportedBefore");
                case "withdraw" -> ok(participation.withdrawSupport(subject, needId) ? "needs.done.withdrawn" : "needs.done.nothing");
                case "follow" -> {
                    participation.follow(subject, needId);
                    yield ok("needs.done.following");
                }
                case "unfollow" -> {
                    participation.unfollow(subject, needId);
                    yield ok("needs.done.unfollowed");
                }
                case "comment" -> {
                    anchor = "#comment-" + participation.comment(subject, needId, body);
                    yield ok("needs.done.commented");
                }
                case "reply" -> {
                    anchor = "#comment-" + participation.reply(subject, target == null ? -1 : target, body);
                    yield ok("needs.done.replied");
                }
                case "edit" -> {
                    participation.editComment(subject, target == null ? -1 : target, body);
                    anchor = "#comment-" + target;
                    yield ok("needs.done.edited");
                }
                case "flag" -> {
                    FlagReason reason = UrlParams.enumOf(FlagReason.class, request.getParameter("reason"));
                    if (target == null) {
                        participation.flagNeed(subject, needId, reason, request.getParameter("note"));
                    } else {
                        participation.flagComment(subject, target, reason, request.getParameter("note"));
                    }
                    yield ok("needs.done.flagged");
                }
                default -> new FormResult("needs.error.unknownAction", true, null, null, null);
            };
            SessionKeys.leave(request, result);
        } catch (InvalidInput e) {
            String field = e.problems().keySet().iterator().next();
            SessionKeys.leave(request, new FormResult(e.problems().get(field), true, formField(action, field),
                    keep(body), target));
            anchor = "#" + formField(action, field) + (target == null ? "" : "-" + target);
        } catch (NotAllowed e) {
            SessionKeys.leave(request, new FormResult(e.messageKey(), true, formField(action, "comment"), keep(body), target));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            SessionKeys.leave(request, new FormResult("needs.error.failed", true, formField(action, "comment"), keep(body), target));
        }
        response.sendRedirect(request.getContextPath() + "/needs/need.xhtml?id=" + needId + anchor);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long needId = NeedParams.number(request.getParameter("need"));
        response.sendRedirect(request.getContextPath() + (needId == null ? "/needs/index.xhtml" : "/needs/need.xhtml?id=" + needId));
    }

    private static FormResult ok(String key) {
        return new FormResult(key, false, null, null, null);
    }

    private static String formField(String action, String field) {
        return switch (action) {
            case "reply" -> "reply";
            case "edit" -> "edit";
            case "flag" -> "flag";
            default -> field;
        };
    }

    private static String keep(String body) {
        return body == null ? null : body.length() > 10_000 ? body.substring(0, 10_000) : body;
    }
}
