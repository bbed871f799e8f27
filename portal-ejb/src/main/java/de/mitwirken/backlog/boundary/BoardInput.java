package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.ScoreInputChanged;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.Rows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/**
 * What the advisory board feeds into the backlog: its experts' confidence in an item, which replaces the
 * office's confidence in the score from the next ranking on (which follows in the background). The backlog does not know the board; the
 * board calls this boundary.
 */
@Stateless
@RolesAllowed(BacklogPermissions.BOARD_INPUT)
public class BoardInput {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<ScoreInputChanged> scoreInputs;

    /** The board's confidence in % (0–100) in an item. */
    public void boardConfidence(long itemId, int percent) {
        BacklogItem item = Rows.lock(em, BacklogItem.class, itemId);
        Integer before = item.boardConfidence();
        item.confidenceFromBoard(percent);
        Map<String, Object> was = new HashMap<>();
        was.put("boardConfidence", before);
        Map<String, Object> now = new HashMap<>();
        now.put("boardConfidence", percent);
        audit.record("backlog.item.boardConfidence", "backlog-item", itemId, "board confidence from expert assessments",
                was, now);
        scoreInputs.fire(new ScoreInputChanged(itemId)); // ranked again in the background

    }
}
