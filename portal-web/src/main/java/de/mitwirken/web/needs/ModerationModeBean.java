package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.Moderation;
import de.mitwirken.needs.entity.ModerationMode;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrators' switch between pre- and post-moderation of needs. */
@Named
@ViewScoped
public class ModerationModeBean implements Serializable {

    @Inject
    Moderation moderation;

    private ModerationMode mode;

    @PostConstruct
    void load() {
        mode = moderation.moderationMode();
    }

    public void save() {
        moderation.changeModerationMode(mode);
        Pages.info("moderation.mode.saved");
    }

    public List<ModerationMode> getModes() {
        return List.of(ModerationMode.values());
    }

    public ModerationMode getMode() {
        return mode;
    }

    public void setMode(ModerationMode mode) {
        this.mode = mode;
    }
}
