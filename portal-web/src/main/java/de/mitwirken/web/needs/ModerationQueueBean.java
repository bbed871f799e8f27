package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.Moderation;
import de.mitwirken.needs.boundary.Moderation.Queue;
import de.mitwirken.needs.entity.Flag;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.platform.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The moderation queue: needs waiting for a decision and open reports. */
@Named
@ViewScoped
public class ModerationQueueBean implements Serializable {

    @Inject
    Moderation moderation;

    private Queue queue;

    @PostConstruct
    void load() {
        queue = moderation.queue();
    }

    public Queue getQueue() {
        return queue;
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
            Pages.error(null, e.messageKey());
        } catch (NotFoundException e) {
            Pages.error(null, "moderation.gone");
        }
        load();
    }
}
