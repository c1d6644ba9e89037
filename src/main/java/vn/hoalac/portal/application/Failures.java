package vn.hoalac.portal.application;

import jakarta.persistence.OptimisticLockException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What kind of failure reached a page or the API, whatever layers (JPA provider, pool, CDI) wrapped it on the way
 * up. Both are told by the standard signs (SQLState classes, the Jakarta Persistence lock exception), so the pages
 * and the API answer them the same way without knowing the adapters.
 */
public final class Failures {

    private Failures() {
    }

    /** The database is out of reach: no connection, connection lost, server shutting down or in crash recovery. */
    public static boolean isDatabaseOutage(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exception; 57P: operator intervention (server shutting down, crash recovery)
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Someone else's change won a race (an optimistic-lock failure, a unique key taken in the same instant, a
     * serialization failure or deadlock): the user should reload and try again (HTTP 409), it is not a server fault.
     */
    public static boolean isConcurrentChange(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
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

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
            return sql.getNextException();
        }
        return t.getCause();
    }
}
