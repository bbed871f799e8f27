package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemPlan;
import de.mitwirken.backlog.boundary.ItemPlanning;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.ItemEdit;
import de.mitwirken.backlog.entity.ProgressMode;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office edits an item after creating it (office item page, form "edit"): the fields it was created with,
 * dates, budget and public contact, carrying the version it read; and chooses how progress is kept (form
 * "progressMode"). A change by someone else in between is refused with a message and a link to reload; what was
 * typed stays. After a save the page is loaded again (post-redirect-get), so every form shows the new state; after
 * any other form of the page the edit form shows the item as it is now, with its current version.
 */
@Named
@ViewScoped
public class ItemEditBean implements Serializable {

    private static final String FORM = "edit:";

    @Inject
    ItemPlanning planning;

    private long id;
    private ItemPlan plan;
    /** This request's own form failed: keep what was typed instead of showing the item afresh. */
    private boolean keepTyped;
    private boolean stale;

    private String version;
    private String title;
    private String description;
    private List<String> fields = new ArrayList<>(); // names of StrategyField
    private String ownerDepartment;
    private Horizon horizon;
    private String startDate;
    private String endDate;
    private String budgetPlanned;
    private String budgetSpent;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private ProgressMode progressMode;

    @PostConstruct
    void init() {
        Long itemId = UrlParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        if (itemId != null) {
            id = itemId;
            load(); // an unknown item: the page's main bean answers 404
        }
    }

    /** Before the page renders: after another form of the page, show the item as it is now. */
    public void beforeRender() {
        if (plan != null && FacesContext.getCurrentInstance().isPostback() && !keepTyped) {
            load();
        }
        keepTyped = false;
    }

    public void save() {
        Map<String, String> unreadable = new LinkedHashMap<>();
        LocalDate start = date(startDate, "startDate", unreadable);
        LocalDate end = date(endDate, "endDate", unreadable);
        BigDecimal planned = amount(budgetPlanned, "budgetPlanned", unreadable);
        BigDecimal spent = amount(budgetSpent, "budgetSpent", unreadable);
        ItemEdit edit = new ItemEdit(title, description, chosenFields(), ownerDepartment, horizon, start, end, planned,
                spent, contactName, contactEmail, contactPhone);
        Map<String, String> problems = new LinkedHashMap<>(edit.problems());
        problems.putAll(unreadable);
        if (!problems.isEmpty()) {
            refused(problems);
            return;
        }
        try {
            planning.editItem(id, seenVersion(), edit);
            Pages.infoAfterRedirect("backlog.edit.saved");
            Pages.redirect(page() + "#edit-heading");
        } catch (InvalidInput e) {
            refused(e.problems());
        } catch (NotAllowed e) {
            stale = "backlog.edit.error.stale".equals(e.messageKey());
            Pages.refused(e);
            keepTyped = true;
        } catch (NotFoundException e) {
            Pages.error(null, "backlog.edit.error.gone");
            keepTyped = true;
        }
    }

    /** By hand, or from the milestones (then the progress form is not offered). */
    public void saveProgressMode() {
        try {
            planning.chooseProgressMode(id, progressMode);
            Pages.infoAfterRedirect("backlog.edit.progressMode.saved");
            Pages.redirect(page() + "#progress-mode-heading");
        } catch (InvalidInput e) {
            Pages.error("progressMode:mode", "backlog.edit.error.progressMode");
            keepTyped = true;
        } catch (NotAllowed e) {
            Pages.refused(e);
            keepTyped = true;
        }
    }

    private void refused(Map<String, String> problems) {
        problems.forEach((field, key) -> Pages.error(FORM + field, key));
        Pages.error(null, "backlog.edit.error.summary");
        keepTyped = true;
    }

    private void load() {
        try {
            plan = planning.plan(id);
        } catch (NotFoundException e) {
            plan = null;
            return;
        }
        stale = false;
        version = String.valueOf(plan.version());
        title = plan.title();
        description = plan.description();
        fields = new ArrayList<>(plan.fields().stream().sorted().map(Enum::name).toList());
        ownerDepartment = plan.ownerDepartment();
        horizon = plan.horizon();
        startDate = plan.startDate() == null ? null : plan.startDate().toString();
        endDate = plan.endDate() == null ? null : plan.endDate().toString();
        budgetPlanned = plan.budgetPlanned() == null ? null : plan.budgetPlanned().toPlainString();
        budgetSpent = plan.budgetSpent() == null ? null : plan.budgetSpent().toPlainString();
        contactName = plan.contactName();
        contactEmail = plan.contactEmail();
        contactPhone = plan.contactPhone();
        progressMode = plan.progressMode();
    }

    /** The version the form carried; unreadable (tampered) counts as out of date. */
    private long seenVersion() {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String page() {
        return "/backlog/manage/item.xhtml?id=" + id;
    }

    private Set<StrategyField> chosenFields() {
        Set<StrategyField> chosen = new HashSet<>();
        fields.forEach(name -> {
            StrategyField field = UrlParams.enumOf(StrategyField.class, name);
            if (field != null) {
                chosen.add(field);
            }
        });
        return chosen;
    }

    /** An ISO date as typed; blank is null (the draft names a missing date), anything else unreadable is a problem. */
    static LocalDate date(String typed, String field, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "backlog.edit.error.date");
            return null;
        }
    }

    /** Euros as typed: a comma or a point before the cents, spaces and € ignored; no separators of thousands. */
    static BigDecimal amount(String typed, String field, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.replace("€", "").replaceAll("\\s+", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.put(field, "backlog.edit.error.budget");
            return null;
        }
    }

    public ItemPlan getPlan() {
        return plan;
    }

    public boolean isStale() {
        return stale;
    }

    /** The manual progress form is offered only while progress is typed by hand. */
    public boolean isManualProgress() {
        return plan == null || plan.progressMode() == ProgressMode.MANUAL;
    }

    public List<StrategyField> getAllFields() {
        return List.of(StrategyField.values());
    }

    public List<Horizon> getHorizons() {
        return List.of(Horizon.values());
    }

    public List<ProgressMode> getProgressModes() {
        return List.of(ProgressMode.values());
    }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getFields() { return fields; }
    public void setFields(List<String> fields) { this.fields = fields == null ? new ArrayList<>() : fields; }
    public String getOwnerDepartment() { return ownerDepartment; }
    public void setOwnerDepartment(String ownerDepartment) { this.ownerDepartment = ownerDepartment; }
    public Horizon getHorizon() { return horizon; }
    public void setHorizon(Horizon horizon) { this.horizon = horizon; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String startDate) { this.startDate = startDate; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String endDate) { this.endDate = endDate; }
    public String getBudgetPlanned() { return budgetPlanned; }
    public void setBudgetPlanned(String budgetPlanned) { this.budgetPlanned = budgetPlanned; }
    public String getBudgetSpent() { return budgetSpent; }
    public void setBudgetSpent(String budgetSpent) { this.budgetSpent = budgetSpent; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public ProgressMode getProgressMode() { return progressMode; }
    public void setProgressMode(ProgressMode progressMode) { this.progressMode = progressMode; }
}
