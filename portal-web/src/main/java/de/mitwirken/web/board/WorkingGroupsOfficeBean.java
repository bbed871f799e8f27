package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardMembership;
import de.mitwirken.board.boundary.BoardPermissions;
import de.mitwirken.board.boundary.MemberView;
import de.mitwirken.board.boundary.WorkingGroupView;
import de.mitwirken.board.boundary.WorkingGroups;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The board's working groups for the strategy office: without an id all groups and a form to define one; with
 * {@code ?id=} one group to rename, staff (members of a current term) and dissolve. The chair reads along.
 * A refused input is shown at its field, and what was typed stays.
 */
@Named
@ViewScoped
public class WorkingGroupsOfficeBean implements Serializable {

    @Inject
    WorkingGroups workingGroups;

    @Inject
    BoardMembership membership;

    @Inject
    CurrentUser currentUser;

    private List<WorkingGroupView> groups;
    private Long groupId;
    private WorkingGroupView group;
    private List<MemberView> candidates = List.of();

    private String name;
    private String mandate;
    private String editName;
    private String editMandate;
    private Long memberToAdd;

    @PostConstruct
    void init() {
        String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (raw != null) {
            groupId = UrlParams.id(raw);
            if (groupId == null) {
                Pages.notFound();
                return;
            }
        }
        load();
        if (groupId != null && group == null) {
            Pages.notFound();
            return;
        }
        if (group != null) {
            editName = group.name();
            editMandate = group.mandate();
        }
    }

    private void load() {
        groups = workingGroups.workingGroups();
        group = groupId == null ? null : groups.stream().filter(g -> g.id() == groupId).findFirst().orElse(null);
        if (group != null && group.active()) {
            Set<Long> in = group.members().stream().map(WorkingGroupView.Member::memberId).collect(Collectors.toSet());
            candidates = membership.members().stream().filter(m -> m.active() && !in.contains(m.id())).toList();
        } else {
            candidates = List.of();
        }
    }

    public void define() {
        try {
            long id = workingGroups.defineWorkingGroup(name, mandate);
            Pages.infoAfterRedirect("board.groups.defined");
            Pages.redirect("/board/manage/working-groups.xhtml?id=" + id);
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("define:" + field, key, e.args(field)));
        }
    }

    public void rename() {
        change(() -> workingGroups.renameWorkingGroup(group.id(), editName, editMandate), "edit", "board.groups.renamed");
    }

    public void addMember() {
        if (memberToAdd == null) {
            Pages.error("add:member", "board.error.group.chooseMember");
            return;
        }
        change(() -> workingGroups.addWorkingGroupMember(group.id(), memberToAdd), "add", "board.groups.memberAdded");
        if (!FacesContext.getCurrentInstance().isValidationFailed()
                && FacesContext.getCurrentInstance().getMessageList("add:member").isEmpty()) {
            memberToAdd = null;
        }
    }

    public void removeMember(long memberId) {
        // the add form may not be shown (everyone is in the group): a refusal goes to the page
        change(() -> workingGroups.removeWorkingGroupMember(group.id(), memberId), null, "board.groups.memberRemoved");
    }

    public void dissolve() {
        change(() -> workingGroups.dissolveWorkingGroup(group.id()), "dissolve", "board.groups.dissolvedNow");
    }

    /**
     * Runs a change of the shown group; a bad value goes to its field in {@code form} (null: to the page), a refused
     * step to the page.
     */
    private void change(Runnable useCase, String form, String done) {
        try {
            useCase.run();
            Pages.info(done);
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(form == null ? null : form + ":" + field, key, e.args(field)));
            return;
        } catch (NotAllowed e) {
            Pages.refused(e);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        load();
        if (group != null) {
            editName = group.name();
            editMandate = group.mandate();
        }
    }

    public boolean isManager() {
        return BoardPermissions.mayManage(currentUser::hasRole);
    }

    public List<WorkingGroupView> getGroups() {
        return groups;
    }

    public WorkingGroupView getGroup() {
        return group;
    }

    public List<MemberView> getCandidates() {
        return candidates;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMandate() {
        return mandate;
    }

    public void setMandate(String mandate) {
        this.mandate = mandate;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditMandate() {
        return editMandate;
    }

    public void setEditMandate(String editMandate) {
        this.editMandate = editMandate;
    }

    public Long getMemberToAdd() {
        return memberToAdd;
    }

    public void setMemberToAdd(Long memberToAdd) {
        this.memberToAdd = memberToAdd;
    }
}
