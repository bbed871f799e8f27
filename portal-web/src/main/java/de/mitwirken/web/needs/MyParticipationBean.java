package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.MyParticipation;
import de.mitwirken.needs.boundary.MyParticipation.Overview;
import de.mitwirken.needs.boundary.NeedDestinations.Destination;
import de.mitwirken.web.frame.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "Meine Beteiligung". */
@Named
@RequestScoped
public class MyParticipationBean {

    @Inject
    MyParticipation participation;

    @Inject
    CurrentUser currentUser;

    private Overview overview;

    public Overview getOverview() {
        if (overview == null) {
            overview = participation.of(currentUser.user().orElseThrow().subject());
        }
        return overview;
    }

    public List<Destination> destinations(long needId) {
        return getOverview().destinations().getOrDefault(needId, List.of());
    }
}
