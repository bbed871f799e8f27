package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.Retention;
import de.mitwirken.platform.boundary.Retention.RuleView;
import de.mitwirken.platform.boundary.Retention.RunView;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Retention: the rules with their periods, the last runs (counts only), and a run on demand. */
@Named
@ViewScoped
public class RetentionBean implements Serializable {

    @Inject
    Retention retention;

    private List<RuleView> rules;
    private List<RunView> runs;

    @PostConstruct
    void load() {
        rules = retention.rules();
        runs = retention.recentRuns(100);
    }

    public List<RuleView> getRules() {
        return rules;
    }

    public List<RunView> getRuns() {
        return runs;
    }

    public void runNow() {
        retention.runNow();
        Pages.info("admin.retention.done");
        load();
    }
}
