package de.mitwirken.council.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A council meeting with its agenda items' results, as last crawled. */
@Entity
@Table(name = "council_meeting")
@NamedQuery(name = CouncilMeeting.BY_OPARL_IDS, query = "SELECT m FROM CouncilMeeting m WHERE m.oparlId IN :ids")
public class CouncilMeeting extends CrawledObject {

    public static final String BY_OPARL_IDS = "CouncilMeeting.byOparlIds";

    private String name;
    @Column(name = "starts_at")
    private Instant startsAt;
    private boolean cancelled;
    @Column(name = "web_url")
    private String webUrl;
    @ElementCollection
    @CollectionTable(name = "council_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<CouncilAgendaItem> agendaItems = new ArrayList<>();

    protected CouncilMeeting() {
    }

    public CouncilMeeting(String oparlId) {
        super(oparlId);
    }

    public void crawled(String name, Instant startsAt, boolean cancelled, String webUrl, List<CouncilAgendaItem> items,
            Instant at) {
        this.name = Texts.cut(name, 500);
        this.startsAt = startsAt;
        this.cancelled = cancelled;
        this.webUrl = Texts.url(webUrl, 1000);
        this.agendaItems.clear();
        this.agendaItems.addAll(items);
        crawledAt(at);
    }


    public String name() {
        return name;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public List<CouncilAgendaItem> agendaItems() {
        return List.copyOf(agendaItems);
    }
}
