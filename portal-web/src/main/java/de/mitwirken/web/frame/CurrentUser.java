package de.mitwirken.web.frame;

import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.platform.boundary.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is asking, for the page frame: signed in or not, name, roles. {@link #hasRole} is the role test that beans
 * (the policy beans such as NeedsPolicy) hand to the capabilities' XxxPermissions; views name no role.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    /** The roles asked in this request, with their answers. */
    private final Map<String, Boolean> roles = new HashMap<>();

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public Optional<SignedInUser> user() {
        return SessionKeys.user(request);
    }

    public String getDisplayName() {
        return user().map(SignedInUser::displayName)
                .orElse(isSignedIn() ? request.getUserPrincipal().getName() : "");
    }

    /**
     * Each answer is kept for the request: in Payara every {@code isUserInRole} is a permission check of the
     * security policy, and the page frame asks the same roles several times per page. A visitor has no role, so
     * nothing is asked for them at all.
     */
    public boolean hasRole(String role) {
        if (!isSignedIn()) {
            return false;
        }
        return roles.computeIfAbsent(role, request::isUserInRole);
    }

    public List<String> getRoles() {
        return Roles.ALL.stream().filter(this::hasRole).toList();
    }

    /** For plain HTML forms such as sign-out; only called for signed-in people, who have a session. */
    public String getCsrfToken() {
        return CsrfToken.of(request.getSession());
    }

    public String getCsrfParameter() {
        return CsrfToken.PARAMETER;
    }
}
