package de.mitwirken.conference.entity;

/** An offer from the waitlist was accepted after its deadline; the seat has gone (or goes) to the next person. */
public class OfferExpired extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public OfferExpired() {
        super("offer expired");
    }
}
