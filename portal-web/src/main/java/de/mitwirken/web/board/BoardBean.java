package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardPermissions;
import de.mitwirken.board.boundary.CallView;
import de.mitwirken.board.boundary.MeetingView;
import de.mitwirken.board.boundary.MemberView;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.board.boundary.RecommendationView;
import de.mitwirken.board.boundary.WorkingGroupView;
import de.mitwirken.web.frame.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public board page: purpose, open calls, the members who consented to be listed, the working groups. */
@Named
@RequestScoped
public class BoardBean {

    @Inject
    PublicBoard board;

    @Inject
    CurrentUser currentUser;

    private List<CallView> openCalls;
    private List<MemberView> directory;
    private List<MeetingView> upcoming;
    private List<MeetingView> withMinutes;
    private List<RecommendationView> recommendations;
    private List<WorkingGroupView> workingGroups;

    @PostConstruct
    void load() {
        openCalls = board.openCalls();
        directory = board.directory();
        upcoming = board.upcomingMeetings();
        withMinutes = board.meetingsWithMinutes();
        recommendations = board.recommendations();
        workingGroups = board.workingGroups();
    }

    public List<RecommendationView> getRecommendations() {
        return recommendations;
    }

    /** Active working groups with only the members who consented to be listed. */
    public List<WorkingGroupView> getWorkingGroups() {
        return workingGroups;
    }

    public List<MeetingView> getUpcoming() {
        return upcoming;
    }

    public List<MeetingView> getWithMinutes() {
        return withMinutes;
    }

    public boolean isMember() {
        return BoardPermissions.isMember(currentUser::hasRole);
    }

    public List<CallView> getOpenCalls() {
        return openCalls;
    }

    public List<MemberView> getDirectory() {
        return directory;
    }

    public boolean isReviewer() {
        return BoardPermissions.mayReview(currentUser::hasRole);
    }
}
