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

    private String subject() {
        return currentUser.user().orElseThrow().subject();
    }
}
