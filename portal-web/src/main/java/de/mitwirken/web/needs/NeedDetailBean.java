package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.CommentView;
import de.mitwirken.needs.boundary.NeedDetail;
import de.mitwirken.needs.boundary.Participation;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.entity.FlagReason;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.HiddenControlsFilter;
import de.mitwirken.web.frame.SessionKeys;
import de.mitwirken.web.frame.SessionKeys.FormResult;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The detail page of a need. The page itself is stateless for everyone; signed-in people act through
 * small plain forms that post to {@link NeedActionServlet} and come back here (post-redirect-get).
 */
@Named
@RequestScoped
public class NeedDetailBean {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicNeeds needs;

    @Inject
    Participation participation;

    @Inject
    CurrentUser currentUser;

    private NeedDetail need;
    private Participation.MyState mine;
    private FormResult result;
    private List<Long> editable = List.of();

    @PostConstruct
    void load() {
        Long id = NeedParams.number(HiddenControlsFilter.parameter(request, "id"));
        Optional<SignedInUser> user = currentUser.user();
        Optional<NeedDetail> found = id == null ? Optional.empty()
                : needs.need(id, user.map(SignedInUser::profileId).orElse(null));
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        need = found.get();
        if (user.isPresent()) {
            mine = participation.myState(user.get().subject(), need.id());
            result = SessionKeys.take(request).orElse(null);
            List<Long> ids = new ArrayList<>();
            need.comments().forEach(c -> {
                ids.add(c.id());
                c.replies().forEach(r -> ids.add(r.id()));
            });
            editable = ids.isEmpty() ? List.of() : participation.editableComments(user.get().subject(), ids);
        }
    }

    public NeedDetail getNeed() {
        return need;
    }

    public boolean isFound() {
        return need != null;
    }

    public Participation.MyState getMine() {
        return mine;
    }

    public FormResult getResult() {
        return result;
    }

    /** The text a failed form had, to show it again. */
    public String typed(String field, Long target) {
        return result != null && result.error() && field.equals(result.field())
                && (target == null ? result.target() == null : target.equals(result.target())) ? result.typed() : "";
    }

    public boolean failed(String field, Long target) {
        return result != null && result.error() && field.equals(result.field())
                && (target == null ? result.target() == null : target.equals(result.target()));
    }

    public boolean editable(CommentView comment) {
        return editable.contains(comment.id());
    }

    public boolean isCanParticipate() {
        return need != null && need.isPublic() && mine != null && !mine.blocked();
    }

    public List<FlagReason> getFlagReasons() {
        return List.of(FlagReason.values());
    }
}
