package vn.hoalac.portal.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The embedded PostgreSQL (zonky's binaries) on the stack's data folder, kept across restarts: the portal's database
 * with its two roles, and Keycloak's. {@link #start()} returns once it accepts connections and is prepared.
 */
final class Postgres implements StackPart {

    private final StackConfig config;
    private EmbeddedPostgres postgres;

    Postgres(StackConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("POSTGRES_PORT", config.postgresPort());
    }

    @Override
    public synchronized void start() {
        if (postgres != null) {
            throw new IllegalStateException("PostgreSQL is already running");
        }
        long begin = System.nanoTime();
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(config.postgresPort())
                    .setDataDirectory(config.postgresDataDir())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // Unicode case mapping (needed to fold "Đ" and "Ạ" in full-text search) without OS locales
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        prepare();
        PortalStack.log("PostgreSQL ready on port " + config.postgresPort() + " (data in " + config.postgresDataDir() + ") in "
                + PortalStack.seconds(begin));
    }

    /** Two roles and two databases, created when missing. */
    private void prepare() {
        try (Connection c = DriverManager.getConnection(config.postgresUrl("postgres"), StackConfig.POSTGRES_SUPERUSER, "postgres");
             Statement s = c.createStatement()) {
            // two roles: the owner of the schema (Flyway migrates as it) and the role the portal runs as, which may
            // read and write the tables but not alter them, nor update or delete audit events (db/migration/afterMigrate.sql)
            createRoleIfMissing(s, config.dbOwner(), config.dbOwnerPassword());
            createRoleIfMissing(s, config.dbUser(), config.dbPassword());
            if (!config.dbUser().equals(config.dbOwner())) {
                // the owner may read what the portal writes (files are large objects owned by their writer): backups
                // with pg_dump as the owner include them
                s.execute("GRANT \"" + config.dbUser() + "\" TO \"" + config.dbOwner() + "\"");
            }
            createDatabaseIfMissing(s, "portal", config.dbOwner());
            createDatabaseIfMissing(s, "keycloak", StackConfig.POSTGRES_SUPERUSER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static void createRoleIfMissing(Statement s, String role, String password) throws SQLException {
        s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                + "') THEN CREATE ROLE \"" + role + "\" LOGIN PASSWORD '" + password + "'; END IF; END $$");
    }

    private static void createDatabaseIfMissing(Statement s, String name, String owner) throws SQLException {
        try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (rs.next()) {
                return;
            }
        }
        s.execute("CREATE DATABASE \"" + name + "\" OWNER \"" + owner + "\"");
    }

    /** Ready once {@link #start()} returned. */
    @Override
    public void awaitReady() {
        if (!isReady()) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
    }

    @Override
    public boolean isReady() {
        EmbeddedPostgres current = postgres;
        if (current == null) {
            return false;
        }
        try (Connection c = current.getPostgresDatabase().getConnection()) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Stops it as an administrator would (fast shutdown: clients are disconnected, nothing is lost). */
    @Override
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }
}
