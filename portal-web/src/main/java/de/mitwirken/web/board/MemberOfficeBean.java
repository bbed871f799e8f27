package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardMembership;
import de.mitwirken.board.boundary.BoardPermissions;
import de.mitwirken.board.boundary.MemberView;
import de.mitwirken.board.entity.BoardRole;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** One member for the strategy office: their role in the board, and ending the membership early. */
@Named
@ViewScoped
public class MemberOfficeBean implements Serializable {

    @Inject
    BoardMembership membership;

    @Inject
    CurrentUser currentUser;

    private MemberView member;
    private BoardRole role;
    private String ceasedOn;
    private String ceasedReason;

    @PostConstruct
    void init() {
        member = Pages.byIdOr404("id", membership::member);
        if (member != null) {
            role = member.role();
        }
    }

    public void assignRole() {
        try {
            membership.assignBoardRole(member.id(), role);
            Pages.info("board.office.roleAssigned");
        } catch (InvalidInput e) {
            Pages.error("role:role", "board.error.role");
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        member = membership.member(member.id());
    }

    public void cease() {
        LocalDate on = null;
        if (ceasedOn != null && !ceasedOn.isBlank()) {
            try {
                on = LocalDate.parse(ceasedOn.strip());
            } catch (DateTimeParseException e) {
                Pages.error("cease:ceasedOn", "board.error.cease.date");
                return;
            }
        }
        try {
            membership.ceaseMembership(member.id(), on, ceasedReason);
            Pages.info("board.office.ceased");
            member = membership.member(member.id());
            role = member.role();
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("cease:" + ("date".equals(field) ? "ceasedOn" : "ceasedReason"), key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
    }

    public boolean isManager() {
        return BoardPermissions.mayManage(currentUser::hasRole);
    }

    public MemberView getMember() {
        return member;
    }

    public BoardRole[] getBoardRoles() {
        return BoardRole.values();
    }

    public BoardRole getRole() {
        return role;
    }

    public void setRole(BoardRole role) {
        this.role = role;
    }

    public String getCeasedOn() {
        return ceasedOn;
    }

    public void setCeasedOn(String ceasedOn) {
        this.ceasedOn = ceasedOn;
    }

    public String getCeasedReason() {
        return ceasedReason;
    }

    public void setCeasedReason(String ceasedReason) {
        this.ceasedReason = ceasedReason;
    }
}
