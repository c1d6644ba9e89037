package vn.hoalac.portal.infrastructure.persistence;

import java.sql.SQLException;

/**
 * Whether a failure is someone else's change winning a race (an optimistic-lock failure, a unique key taken in the
 * same instant, a serialization failure or deadlock): the user should reload and try again (HTTP 409), it is not a
 * server fault.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("23505") || sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
                return true;
            }
        }
        return false;
    }
}
