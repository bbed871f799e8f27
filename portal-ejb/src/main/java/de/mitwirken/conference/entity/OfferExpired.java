package de.mitwirken.conference.entity;

import de.mitwirken.platform.entity.Refusal;

/** An offer from the waitlist was accepted after its deadline; the seat has gone (or goes) to the next person. */
public class OfferExpired extends IllegalStateException implements Refusal {

    private static final long serialVersionUID = 1L;

    public OfferExpired() {
        super("offer expired");
    }

    @Override
    public Reason reason() {
        return new Reason(null, "conference.error.offerExpired", new Object[0]);
    }
}
