package de.mitwirken.board.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call for applications to the board: a period, the term the admitted members serve, and the seats per
 * constituency. Applications are accepted only while it is open.
 */
@Entity
@Table(name = "board_call")
@NamedQuery(name = BoardCall.ALL, query = "SELECT DISTINCT c FROM BoardCall c LEFT JOIN FETCH c.seats ORDER BY c.opensOn DESC, c.id DESC")
@NamedQuery(name = BoardCall.OPEN_ON, query = "SELECT DISTINCT c FROM BoardCall c LEFT JOIN FETCH c.seats WHERE c.opensOn <= :day AND c.closesOn >= :day ORDER BY c.closesOn, c.id")
public class BoardCall {

    public static final String ALL = "BoardCall.all";
    public static final String OPEN_ON = "BoardCall.openOn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    /** Only people verified with an eID may apply (issue #26); set when the call is opened. */
    @Column(name = "verified_only", nullable = false, updatable = false)
    private boolean verifiedOnly;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @OneToMany(mappedBy = "call", cascade = CascadeType.PERSIST)
    @OrderBy("constituency")
    private List<CallSeats> seats = new ArrayList<>();

    protected BoardCall() {
        // for JPA
    }

    /** Opens a call from a draft the caller has checked (problems() empty). */
    public static BoardCall open(CallDraft draft, String by, Instant now) {
        BoardCall call = new BoardCall();
        call.title = draft.title();
        call.description = draft.description();
        call.opensOn = draft.opensOn();
        call.closesOn = draft.closesOn();
        call.termMonths = draft.termMonths();
        call.verifiedOnly = draft.verifiedOnly();
        call.createdBy = by;
        call.createdAt = now;
        for (Map.Entry<Constituency, Integer> entry : draft.seats().entrySet()) {
            call.seats.add(new CallSeats(call, entry.getKey(), entry.getValue()));
        }
        return call;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Whether this call has any seat for the constituency at all (full or not). */
    public boolean offers(Constituency constituency) {
        return seatsFor(constituency).map(s -> s.seats() > 0).orElse(false);
    }

    public Optional<CallSeats> seatsFor(Constituency constituency) {
        return seats.stream().filter(s -> s.constituency() == constituency).findFirst();
    }

    /** A member admitted through this call serves from the day of admission for the call's term. */
    public LocalDate termEndFrom(LocalDate start) {
        return start.plusMonths(termMonths);
    }

    public boolean verifiedOnly() {
        return verifiedOnly;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public int termMonths() {
        return termMonths;
    }

    public List<CallSeats> seats() {
        return List.copyOf(seats);
    }
}
