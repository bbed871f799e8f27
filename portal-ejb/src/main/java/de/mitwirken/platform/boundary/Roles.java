package de.mitwirken.platform.boundary;

import java.util.List;

/**
 * The realm roles of Keycloak's realm "mitwirken", which Payara maps to application roles of the same
 * name; web.xml's security constraints use these names. Who may do what stands in each capability's
 * XxxPermissions (NeedsPermissions, BoardPermissions, ConferencePermissions, BacklogPermissions,
 * ReportingPermissions, {@link PlatformPermissions}), which the boundaries' @RolesAllowed and the web tier use.
 */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String ORG_REPRESENTATIVE = "org-representative";
    public static final String BOARD_MEMBER = "board-member";
    public static final String BOARD_CHAIR = "board-chair";
    public static final String MODERATOR = "moderator";
    public static final String ORGANIZER = "organizer";
    public static final String STRATEGY_OFFICE = "strategy-office";
    public static final String ADMIN = "admin";

    /**
     * Not a role of its own but a fact Keycloak keeps on the account: signed in with an eID of level substantial or
     * high (issue #26). Becomes the profile's {@code TrustLevel}; not in {@link #ALL} (nobody grants it by hand).
     */
    public static final String EID_VERIFIED = "eid-verified";

    public static final List<String> ALL = List.of(CITIZEN, ORG_REPRESENTATIVE, BOARD_MEMBER, BOARD_CHAIR, MODERATOR,
            ORGANIZER, STRATEGY_OFFICE, ADMIN);

    private Roles() {
    }
}
