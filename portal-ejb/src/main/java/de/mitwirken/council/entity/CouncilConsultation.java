package de.mitwirken.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A paper's consultation: in which meeting, at which agenda item, by which organization (the first one named;
 * OParl allows several, councils name one), deciding (authoritative) or advising.
 */
@Embeddable
public class CouncilConsultation {

    @Column(name = "oparl_id", nullable = false)
    private String oparlId;
    @Column(name = "meeting_id")
    private String meeting;
    @Column(name = "agenda_item_id")
    private String agendaItem;
    @Column(name = "organization_id")
    private String organization;
    private Boolean authoritative;
    private String role;

    protected CouncilConsultation() {
    }

    public CouncilConsultation(String oparlId, String meeting, String agendaItem, String organization,
            Boolean authoritative, String role) {
        this.oparlId = oparlId;
        this.meeting = meeting;
        this.agendaItem = agendaItem;
        this.organization = organization;
        this.authoritative = authoritative;
        this.role = Texts.cut(role, 200);
    }

    public String meeting() {
        return meeting;
    }

    public String agendaItem() {
        return agendaItem;
    }

    public String organization() {
        return organization;
    }

    public Boolean authoritative() {
        return authoritative;
    }

    public String role() {
        return role;
    }
}
