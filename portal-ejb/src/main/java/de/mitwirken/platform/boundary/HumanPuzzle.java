package de.mitwirken.platform.boundary;

import java.io.Serializable;

/**
 * What a guest form carries for the human check: the proof-of-work puzzle for the browser's script (find the
 * number up to maxNumber whose SHA-256 with the salt is the challenge) and, for browsers without JavaScript, the
 * question "first plus second" with its signed token.
 */
public record HumanPuzzle(String algorithm, String challenge, String salt, long maxNumber, String signature,
                          int first, int second, String questionToken) implements Serializable {
}
