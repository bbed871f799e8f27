package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.AccessibilityFeedbackDesk;
import de.mitwirken.platform.boundary.AccessibilityFeedbackDesk.FeedbackView;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Administrators: the accessibility feedback, open messages first with their age, and answering one. */
@Named
@ViewScoped
public class FeedbackAdminBean implements Serializable {

    @Inject
    AccessibilityFeedbackDesk desk;

    private List<FeedbackView> feedback;
    private final Map<Long, String> answers = new HashMap<>();

    @PostConstruct
    void load() {
        feedback = desk.feedbackOpenFirst();
    }

    /** Answers a message; after success the list is loaded afresh (redirect), else the typed answer stays. */
    public String answer(long id) {
        try {
            desk.answerAccessibilityFeedback(id, answers.get(id));
            Pages.infoAfterRedirect("accessibility.admin.answered");
            return "/platform/admin/feedback.xhtml?faces-redirect=true";
        } catch (InvalidInput e) {
            Pages.error("answer-" + id + ":text", "accessibility.admin.error.answer");
        } catch (NotAllowed e) {
            Pages.refused(e);
            load();
        } catch (NotFoundException e) {
            Pages.error(null, "accessibility.admin.error.gone");
            load();
        }
        return null;
    }

    public List<FeedbackView> getFeedback() {
        return feedback;
    }

    public long getOpenCount() {
        return feedback.stream().filter(FeedbackView::open).count();
    }

    /** Answers being typed, by message id, bound per message in the page. */
    public Map<Long, String> getAnswers() {
        return answers;
    }
}
