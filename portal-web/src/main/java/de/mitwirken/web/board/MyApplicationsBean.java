package de.mitwirken.web.board;

import de.mitwirken.board.boundary.ApplicationView;
import de.mitwirken.board.boundary.BoardMembership;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "My applications": where each application to the board stands; open ones can be withdrawn. */
@Named
@RequestScoped
public class MyApplicationsBean {

    @Inject
    BoardMembership membership;

    @Inject
    CurrentUser currentUser;

    private List<ApplicationView> applications;
    private Boolean publicListing;
    private boolean listingRead;

    public List<ApplicationView> getApplications() {
        if (applications == null) {
            applications = membership.myApplications(subject());
        }
        return applications;
    }

    public void withdraw(long applicationId) {
        try {
            membership.withdraw(subject(), applicationId);
            Pages.info("board.mine.withdrawn");
        } catch (NotAllowed e) {
            Pages.refused(e);
        } catch (NotFoundException e) {
            Pages.error(null, "board.error.transition");
        }
        applications = null;
    }

    /** Whether the signed-in person is a member listed publicly; null when they are no member. */
    public Boolean getPublicListing() {
        if (!listingRead) {
            publicListing = membership.myPublicListing(subject());
            listingRead = true;
        }
        return publicListing;
    }

    /** The member gives or withdraws the consent to be listed publicly (directory and open data). */
    public void changePublicListing(boolean listed) {
        membership.changeMyPublicListing(subject(), listed);
        Pages.info(listed ? "board.mine.listing.given" : "board.mine.listing.withdrawn");
        listingRead = false;
    }

    private String subject() {
        return currentUser.user().orElseThrow().subject();
    }
}
