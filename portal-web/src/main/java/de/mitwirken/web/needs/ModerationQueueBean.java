package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.Moderation;
import de.mitwirken.needs.boundary.Moderation.Queue;
import de.mitwirken.needs.boundary.QueueFilter;
import de.mitwirken.needs.entity.FlagReason;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.needs.entity.Flag;
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
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** The moderation queue: needs waiting for a decision and open reports, narrowed by URL parameters. */
@Named
@ViewScoped
public class ModerationQueueBean implements Serializable {

    @Inject
    Moderation moderation;

    private Queue queue;
    private QueueFilter filter = QueueFilter.ALL;

    @PostConstruct
    void init() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        filter = new QueueFilter(UrlParams.enumOf(NeedStatus.class, request.getParameter("status")),
                UrlParams.enumOf(StrategyField.class, request.getParameter("field")),
                UrlParams.enumOf(SubmitterType.class, request.getParameter("submitter")),
                UrlParams.enumOf(FlagReason.class, request.getParameter("reason")),
                UrlParams.enumOf(QueueFilter.Reported.class, request.getParameter("about")));
        load();
    }

    private void load() {
        queue = moderation.queue(filter);
    }

    public Queue getQueue() {
        return queue;
    }

    public QueueFilter getFilter() {
        return filter;
    }

    public boolean isFiltered() {
        return !filter.equals(QueueFilter.ALL);
    }

    /** For the filter form's selects: whether this value is the chosen one. */
    public boolean chosen(Object current, Object value) {
        return current != null && Objects.equals(String.valueOf(current), String.valueOf(value));
    }

    public List<NeedStatus> getStatuses() {
        return List.copyOf(QueueFilter.waiting());
    }

    public List<StrategyField> getFields() {
        return List.of(StrategyField.values());
    }

    public List<SubmitterType> getSubmitterTypes() {
        return List.of(SubmitterType.values());
    }

    public List<FlagReason> getReasons() {
        return List.of(FlagReason.values());
    }

    public List<QueueFilter.Reported> getReportedKinds() {
        return List.of(QueueFilter.Reported.values());
    }

    public void hideReported(long flagId) {
        decide(flagId, Flag.Resolution.HIDDEN);
    }

    public void keepReported(long flagId) {
        decide(flagId, Flag.Resolution.KEPT);
    }

    private void decide(long flagId, Flag.Resolution resolution) {
        try {
            moderation.handleFlag(flagId, resolution);
            Pages.info(resolution == Flag.Resolution.HIDDEN ? "moderation.flag.hidden" : "moderation.flag.kept");
        } catch (NotAllowed e) {
            Pages.refused(e);
        } catch (NotFoundException e) {
            Pages.error(null, "moderation.gone");
        }
        load();
    }
}
