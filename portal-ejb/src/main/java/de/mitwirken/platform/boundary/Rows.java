package de.mitwirken.platform.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.SQLException;

/** Reading one row by id where a missing row means the use case refers to nothing: refused with NotFoundException. */
public final class Rows {

    private Rows() {
    }

    public static <T> T find(EntityManager em, Class<T> type, Object id) {
        return found(em.find(type, id), type, id);
    }

    /** With the row lock (SELECT … FOR UPDATE), so that a check on the row and the change after it cannot interleave. */
    public static <T> T lock(EntityManager em, Class<T> type, Object id) {
        return found(em.find(type, id, LockModeType.PESSIMISTIC_WRITE), type, id);
    }

    /**
     * Whether a failed flush broke the named unique key (MariaDB's duplicate-key error 1062, however wrapped): two
     * requests at once both passed the check that reads, and the database's unique index stopped the second.
     */
    public static boolean brokeUniqueKey(Throwable failure, String key) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 1062 && sql.getMessage() != null
                    && sql.getMessage().contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static <T> T found(T row, Class<T> type, Object id) {
        if (row == null) {
            throw new NotFoundException(type.getSimpleName() + " " + id);
        }
        return row;
    }
}
