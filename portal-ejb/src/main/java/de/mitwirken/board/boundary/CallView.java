package de.mitwirken.board.boundary;

import de.mitwirken.board.entity.BoardCall;
import de.mitwirken.board.entity.Constituency;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A call as pages show it, with its seats per constituency and how many are still free. */
public record CallView(long id, String title, String description, LocalDate opensOn, LocalDate closesOn,
                       int termMonths, boolean open, List<Seats> seats, long openApplications, boolean verifiedOnly)
        implements Serializable {

    public record Seats(Constituency constituency, int seats, int admitted) implements Serializable {
        public int free() {
            return Math.max(0, seats - admitted);
        }
    }

    static CallView of(BoardCall call, LocalDate today, long openApplications) {
        return new CallView(call.id(), call.title(), call.description(), call.opensOn(), call.closesOn(),
                call.termMonths(), call.isOpenOn(today), call.seats().stream().filter(s -> s.seats() > 0)
                .map(s -> new Seats(s.constituency(), s.seats(), s.admitted())).toList(), openApplications,
                call.verifiedOnly());
    }

    public int totalSeats() {
        return seats.stream().mapToInt(Seats::seats).sum();
    }

    public int freeSeats() {
        return seats.stream().mapToInt(Seats::free).sum();
    }

    public List<Constituency> constituencies() {
        return seats.stream().map(Seats::constituency).toList();
    }
}
