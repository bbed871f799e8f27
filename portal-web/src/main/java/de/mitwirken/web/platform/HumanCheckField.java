package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.HumanCheck;
import de.mitwirken.platform.boundary.HumanPuzzle;
import de.mitwirken.web.frame.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The human check of a guest form ({@code <mw:humanCheck form="…"/>}): a new puzzle on every rendering (the
 * page's script solves it, js/human-check.js), the question in words for browsers without JavaScript, and the
 * verdict on a post. Its fields are plain HTML inputs read from the request, so a re-rendered form never carries
 * an old, spent solution.
 */
@Named
@RequestScoped
public class HumanCheckField {

    @Inject
    HumanCheck check;

    private HumanPuzzle puzzle;
    private String refusal;

    public HumanPuzzle getPuzzle() {
        if (puzzle == null) {
            puzzle = check.puzzle();
        }
        return puzzle;
    }

    /** "Wie viel ist drei plus vier?": the numbers in words, so that the question reads aloud as it is meant. */
    public String getQuestion() {
        HumanPuzzle p = getPuzzle();
        FacesContext context = FacesContext.getCurrentInstance();
        return new MessageFormat(Pages.text("platform.human.question"), context.getViewRoot().getLocale())
                .format(new Object[] {Pages.text("platform.human.number." + p.first()),
                    Pages.text("platform.human.number." + p.second())});
    }

    /**
     * Whether the post of form {@code form} passed the check; if not, the message stands at the check (and a new
     * puzzle and question come with the form shown again).
     */
    public boolean passed(String form) {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Optional<String> refused = check.check(params.get(form + ":" + HumanCheck.FIELD),
                params.get(form + ":humanToken"), params.get(form + ":humanAnswer"));
        refusal = refused.orElse(null);
        refused.ifPresent(key -> Pages.error(null, key)); // at the top of the page too, where refusals are read
        return refused.isEmpty();
    }

    /**
     * PrimeFaces' CSP nonce of this rendering. Its script adds the nonce to every post, and PrimeFaces refuses a post
     * without it; a browser without JavaScript posts it from the check's {@code <noscript>} field instead. That
     * field exists only where scripts do not run, so the nonce opens nothing there.
     */
    public String getPostNonce() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }

    /** The message key of a refused check, or null. */
    public String getRefusal() {
        return refusal;
    }
}
