package de.mitwirken.conference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A question of the organisers on the registration form, besides the standard fields. */
@Entity
@Table(name = "conf_question")
@NamedQuery(name = Question.OF_CONFERENCE, query = "SELECT q FROM Question q WHERE q.conference.id = :conference "
        + "ORDER BY q.position")
public class Question {

    public static final String OF_CONFERENCE = "Question.ofConference";
    public static final int MAX_ANSWER = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id", nullable = false, updatable = false)
    private Conference conference;
    @Column(name = "position", nullable = false)
    private int position;
    @Column(name = "text", nullable = false, length = 300)
    private String text;
    @Column(name = "required", nullable = false)
    private boolean required;

    protected Question() {
        // for JPA
    }

    public Question(Conference conference, int position, String text, boolean required) {
        this.conference = conference;
        this.position = position;
        this.text = text;
        this.required = required;
    }

    public Long id() {
        return id;
    }

    public String text() {
        return text;
    }

    public boolean required() {
        return required;
    }
}
