package de.mitwirken.board.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/**
 * Two office users defining groups of one name at the same moment both pass the entity's check; the database's
 * unique index stops the second. Only that refusal becomes "name taken" at the field; anything else stays an error.
 */
class WorkingGroupNameClashTest {

    /** As EclipseLink wraps what Connector/J throws for MariaDB's error 1062. */
    private static PersistenceException flushFailure(String message, int code) {
        return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("DatabaseException",
                new SQLIntegrityConstraintViolationException(message, "23000", code)));
    }

    @Test
    void theActiveNameIndexRefusingIsANameClash() {
        assertTrue(WorkingGroups.isActiveNameClash(flushFailure(
                "(conn=42) Duplicate entry 'ag offene daten' for key 'uq_board_working_group_active_name'", 1062)));
    }

    @Test
    void otherDuplicatesAndOtherErrorsAreNot() {
        assertFalse(WorkingGroups.isActiveNameClash(flushFailure(
                "(conn=42) Duplicate entry '5-7' for key 'uq_board_working_group_member'", 1062)));
        assertFalse(WorkingGroups.isActiveNameClash(flushFailure(
                "(conn=42) Lock wait timeout exceeded; uq_board_working_group_active_name", 1205)));
        assertFalse(WorkingGroups.isActiveNameClash(new PersistenceException("no cause")));
    }
}
