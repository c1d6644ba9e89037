package vn.hoalac.portal.infrastructure.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The plain-SQL adapters' one JDBC helper: a connection of the data source (inside a use case's transaction, that
 * transaction's), the work done with it, and a failure as an {@link IllegalStateException} that says what could not be
 * done; and an update with positional parameters.
 */
public final class Jdbc {

    /** Work with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Jdbc() {
    }

    /** Runs the work with a connection; {@code what} names it in the failure ("could not " + what). */
    public static <T> T with(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("could not " + what + ": " + e.getMessage(), e);
        }
    }

    /** One update statement with these parameters, on its own connection; the rows it changed. */
    public static int update(DataSource dataSource, String what, String sql, Object... params) {
        return with(dataSource, what, c -> update(c, sql, params));
    }

    /** One update statement with these parameters, on this connection; the rows it changed. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }
}
