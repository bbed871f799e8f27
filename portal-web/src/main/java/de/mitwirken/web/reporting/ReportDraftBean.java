package de.mitwirken.web.reporting;

import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.reporting.boundary.DraftView;
import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.entity.CommentarySection;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategy office writes a draft's commentary (overall and per strategy field, German and English) and
 * releases it (/reporting/manage/draft.xhtml?id=). The form carries the version it read: a change by someone
 * else in between is refused ("changed meanwhile") and what was typed stays in the form. Releasing saves what
 * is typed first; missing German commentary is named next to its field.
 */
@Named
@ViewScoped
public class ReportDraftBean implements Serializable {

    static final String FORM = "draft:";

    @Inject
    ProgressReports reports;

    private Long id;
    private DraftView draft;
    private final Map<String, String> texts = new HashMap<>();
    private String version;
    private boolean stale;

    @PostConstruct
    void init() {
        id = UrlParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        try {
            draft = id == null ? null : reports.openDraft(id);
        } catch (NotFoundException e) {
            draft = null;
        }
        if (draft == null) {
            Pages.notFound();
            return;
        }
        show(draft);
    }

    private void show(DraftView view) {
        draft = view;
        version = String.valueOf(view.lockVersion());
        texts.clear();
        texts.putAll(view.commentary());
    }

    public void save() {
        if (write()) {
            Pages.info("reporting.draft.saved");
        }
    }

    public void release() {
        if (!write()) {
            return;
        }
        try {
            reports.releaseReport(id, draft.lockVersion());
            Pages.infoAfterRedirect("reporting.office.released");
            Pages.redirect("/reporting/report.xhtml?id=" + id);
        } catch (InvalidInput e) {
            e.problems().forEach((slot, key) -> Pages.error(FORM + fieldId(slot), key, e.args(slot)));
            Pages.error(null, "reporting.draft.error.summary");
        } catch (NotAllowed e) {
            refused(e);
        }
    }

    /** Stores what is typed; false (with messages, the typed text kept) when refused. */
    private boolean write() {
        if (draft.summary().released()) {
            Pages.error(null, "reporting.error.released");
            return false;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (String slot : getSlots()) {
            String text = texts.get(slot);
            typed.put(slot, text == null ? "" : text);
        }
        try {
            show(reports.writeCommentary(id, seenVersion(), typed));
            stale = false;
            return true;
        } catch (InvalidInput e) {
            e.problems().forEach((slot, key) -> Pages.error(FORM + fieldId(slot), key, e.args(slot)));
            Pages.error(null, "reporting.draft.error.summary");
        } catch (NotAllowed e) {
            refused(e);
        } catch (NotFoundException e) {
            Pages.error(null, "reporting.error.unknown");
        }
        return false;
    }

    private void refused(NotAllowed e) {
        stale = "reporting.error.stale".equals(e.messageKey());
        Pages.refused(e);
    }

    /** The version the form carried; unreadable (tampered) counts as out of date. */
    private long seenVersion() {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A slot as a component id: "de.OVERALL" → "de_OVERALL". */
    public static String fieldId(String slot) {
        return slot.replace('.', '_');
    }

    public List<String> getSections() {
        return CommentarySection.inOrder().stream().map(Enum::name).toList();
    }

    List<String> getSlots() {
        return CommentarySection.inOrder().stream().flatMap(s -> java.util.Arrays.stream(Language.values())
                .map(l -> l.tag() + "." + s.name())).toList();
    }

    public DraftView getDraft() {
        return draft;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public boolean isStale() {
        return stale;
    }

    public int getMaxLength() {
        return de.mitwirken.reporting.entity.ProgressReport.COMMENTARY_MAX;
    }
}
