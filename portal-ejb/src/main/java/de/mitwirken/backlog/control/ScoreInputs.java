package de.mitwirken.backlog.control;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the score of one item is computed from.
 *
 * @param caseVolume            sum of the yearly case volumes of the affected services (missing ones as 0)
 * @param servicesWithoutVolume affected services without a case volume, shown so the 0 is not mistaken for data
 * @param supporters            distinct people supporting any of the linked needs
 * @param ozgGain               max OZG maturity gain over affected services with a target, null if none has one
 * @param impactRating          the strategy office's 1–5 rating, used when there is no OZG gain
 * @param confidence            the office's confidence in %, null until assessed
 * @param boardConfidence       the advisory board experts' confidence in %, replaces the office's when present
 * @param effort                person-months, null until assessed
 */
public record ScoreInputs(long caseVolume, int servicesWithoutVolume, long supporters, Integer ozgGain,
                          Integer impactRating, Integer confidence, Integer boardConfidence, BigDecimal effort)
        implements Serializable {
}
