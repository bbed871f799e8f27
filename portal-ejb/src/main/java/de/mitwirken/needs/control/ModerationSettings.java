package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.ModerationMode;
import de.mitwirken.platform.boundary.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Pre- or post-moderation, a run-time setting of the portal (default: pre-moderation). */
@ApplicationScoped
public class ModerationSettings {

    static final String NAME = "needs.moderation-mode";

    @Inject
    Settings settings;

    public ModerationMode mode() {
        return settings.get(NAME).map(value -> {
            try {
                return ModerationMode.valueOf(value);
            } catch (IllegalArgumentException e) {
                return ModerationMode.PRE;
            }
        }).orElse(ModerationMode.PRE);
    }

    public void change(ModerationMode mode) {
        settings.change(NAME, mode.name());
    }
}
