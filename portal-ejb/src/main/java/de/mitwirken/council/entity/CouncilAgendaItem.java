package de.mitwirken.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An agenda item of a council meeting: where a consultation's result is written. */
@Embeddable
public class CouncilAgendaItem {

    @Column(name = "oparl_id", nullable = false)
    private String oparlId;
    private String number;
    private String name;
    private String result;

    protected CouncilAgendaItem() {
    }

    public CouncilAgendaItem(String oparlId, String number, String name, String result) {
        this.oparlId = oparlId;
        this.number = Texts.cut(number, 50);
        this.name = Texts.cut(name, 1000);
        this.result = Texts.cut(result, 1000);
    }

    public String oparlId() {
        return oparlId;
    }

    public String number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String result() {
        return result;
    }
}
