package de.mitwirken.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The seats of one constituency in a call. The count of admitted members is changed only by the two
 * conditional updates below, never by reading and writing it back: the database decides who gets the
 * last seat.
 */
@Entity
@Table(name = "board_call_seat")
@NamedQuery(name = CallSeats.TAKE, query = "UPDATE CallSeats s SET s.admitted = s.admitted + 1 "
        + "WHERE s.call.id = :call AND s.constituency = :constituency AND s.admitted < s.seats")
@NamedQuery(name = CallSeats.RELEASE, query = "UPDATE CallSeats s SET s.admitted = s.admitted - 1 "
        + "WHERE s.call.id = :call AND s.constituency = :constituency AND s.admitted > 0")
public class CallSeats {

    /** Takes a seat if one is free; the update count (1 or 0) says whether it did. */
    public static final String TAKE = "CallSeats.take";
    /** Gives a seat back when a member leaves early. */
    public static final String RELEASE = "CallSeats.release";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    private BoardCall call;

    @Enumerated(EnumType.STRING)
    @Column(name = "constituency", nullable = false, length = 20, updatable = false)
    private Constituency constituency;

    @Column(name = "seats", nullable = false, updatable = false)
    private int seats;

    @Column(name = "admitted", nullable = false, insertable = false, updatable = false)
    private int admitted;

    protected CallSeats() {
        // for JPA
    }

    CallSeats(BoardCall call, Constituency constituency, int seats) {
        this.call = call;
        this.constituency = constituency;
        this.seats = seats;
    }

    public Constituency constituency() {
        return constituency;
    }

    public int seats() {
        return seats;
    }

    public int admitted() {
        return admitted;
    }

    public int free() {
        return Math.max(0, seats - admitted);
    }
}
