package de.mitwirken.web.board;

import de.mitwirken.board.boundary.MemberView;
import de.mitwirken.board.boundary.PublicBoard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The board members who sit for an organisation and consented to the public listing, for the organisation's page. */
@Named
@RequestScoped
public class OrganisationMembersBean {

    @Inject
    PublicBoard board;

    private final Map<Long, List<MemberView>> byOrganisation = new HashMap<>();

    public List<MemberView> of(long organisationId) {
        return byOrganisation.computeIfAbsent(organisationId, board::directoryOf);
    }
}
