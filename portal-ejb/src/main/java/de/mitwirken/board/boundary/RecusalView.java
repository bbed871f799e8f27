package de.mitwirken.board.boundary;

import java.io.Serializable;

/**
 * A declared conflict of interest as the board sees it: who (null for someone who deleted their account), the
 * reason (may be null), and whether the member marked it personal (then never shown to the public).
 */
public record RecusalView(long memberId, String name, String reason, boolean personal) implements Serializable {

    /** What the public may see of the reason. */
    public String publicReason() {
        return personal ? null : reason;
    }
}
