package de.mitwirken.conference.boundary;

import java.io.Serializable;

/**
 * An edition's limits of guest registrations per hour as the organisers set them (null: the portal's default,
 * given beside).
 */
public record GuestLimitsView(Integer perAddress, Integer perNetwork, Integer total, int defaultPerAddress,
                              int defaultPerNetwork, int defaultTotal) implements Serializable {
}
