package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.needs.boundary.PublicNeeds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The public needs submitted in an organisation's name, for the organisation's page (a needs fragment there). */
@Named
@RequestScoped
public class OrganisationNeedsBean {

    @Inject
    PublicNeeds needs;

    private final Map<Long, List<NeedSummary>> byOrganisation = new HashMap<>();

    public List<NeedSummary> of(long organisationId) {
        return byOrganisation.computeIfAbsent(organisationId, needs::ofOrganisation);
    }
}
