package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.boundary.PublicNeeds.ClusterView;
import de.mitwirken.web.frame.HiddenControlsFilter;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The public page of a cluster of similar needs. */
@Named
@RequestScoped
public class ClusterBean {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicNeeds needs;

    private ClusterView cluster;

    @PostConstruct
    void load() {
        Long id = NeedParams.number(HiddenControlsFilter.parameter(request, "id"));
        cluster = id == null ? null : needs.cluster(id).orElse(null);
        if (cluster == null) {
            Pages.notFound();
        }
    }

    public ClusterView getCluster() {
        return cluster;
    }
}
