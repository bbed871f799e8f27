package de.mitwirken.it.board;

import de.mitwirken.board.control.BoardPersonalData;
import de.mitwirken.board.control.PublicListing;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Test helper in the EJB module (OparlServerIT): a member withdraws or gives the consent to be listed, and an
 * account's board data is erased, through the controls the boundary and the platform's erasure use, each in its
 * own transaction, without a signed-in member.
 */
@Stateless
@PermitAll
public class OparlDesk {

    @Inject
    PublicListing listing;

    @Inject
    BoardPersonalData personalData;

    public int changeListing(long profileId, boolean listed) {
        return listing.change(profileId, listed, Instant.now());
    }

    public void erase(long profileId) {
        personalData.anonymise(profileId);
    }
}
