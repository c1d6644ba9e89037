package vn.hoalac.portal.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The portal's data source, and the Flyway migrations that bring its schema up to date before anything else uses
 * it (JPA never generates the schema). Connection settings come from MicroProfile Config: DB_URL, DB_USER, DB_PASSWORD.
 * <p>
 * Two database roles: the portal works as DB_USER, which may read and write rows but owns nothing; the migrations
 * run as the schema's owner, DB_OWNER_USER / DB_OWNER_PASSWORD, whose connection is closed once they are done.
 * After every migration {@code db/migration/afterMigrate.sql} grants DB_USER what it needs, and no more: no
 * UPDATE, DELETE or TRUNCATE on the audit trail, and, not being the owner, it cannot disable or drop the triggers
 * that guard sealed versions. Without DB_OWNER_USER the one account does both (a single-role installation).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "ApplicationName=hoalac-portal",
                "connectTimeout=5",
                "socketTimeout=120"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;


    @PostConstruct
    void migrate() {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("db.url", String.class);
        String runtimeRole = config.getValue("db.user", String.class);
        if (!runtimeRole.matches("[A-Za-z_][A-Za-z0-9_$]{0,62}")) {
            // it is written into SQL (grants): a plain PostgreSQL identifier only
            throw new IllegalStateException("DB_USER must be a plain PostgreSQL role name (letters, digits, _ and $), not '"
                    + runtimeRole + "'");
        }
        Optional<String> owner = config.getOptionalValue("db.owner.user", String.class)
                .filter(o -> !o.isBlank() && !o.equals(runtimeRole));
        // the pooled data source belongs to the runtime role; the owner's connections are Flyway's own, closed after
        FluentConfiguration flyway = Flyway.configure();
        if (owner.isPresent()) {
            flyway.dataSource(url, owner.get(), config.getOptionalValue("db.owner.password", String.class).orElse(""));
        } else {
            LOG.warning("DB_OWNER_USER is not set: the portal's database account owns the schema, so it could alter "
                    + "or drop the audit trail's guards (the hash chain would still reveal a change)");
            flyway.dataSource(dataSource);
        }
        MigrateResult result = flyway
                .placeholders(Map.of("runtime_role", runtimeRole))
                .locations("classpath:db/migration")
                // the database may still be starting when the portal boots: wait for it rather than fail the deployment
                .connectRetries(30)
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0 ? "Database schema up to date"
                : "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
        if (owner.isPresent()) {
            grantLargeObjects(flyway.getDataSource(), runtimeRole);
        }
    }

    /**
     * File contents are large objects, owned by whoever wrote them. Those the owner wrote (before the runtime role
     * existed) become readable by the runtime role, a thousand per transaction: each grant takes a lock, and an
     * older installation may hold a hundred thousand of them.
     */
    private static void grantLargeObjects(DataSource owner, String runtimeRole) {
        String role = "\"" + runtimeRole.replace("\"", "\"\"") + "\"";
        long granted = 0;
        try (Connection c = owner.getConnection();
             PreparedStatement pending = c.prepareStatement("""
                     SELECT m.oid FROM pg_largeobject_metadata m
                     WHERE m.lomowner = current_user::regrole
                       AND NOT EXISTS (SELECT 1 FROM aclexplode(m.lomacl) a
                                       WHERE a.grantee = ?::regrole AND a.privilege_type = 'SELECT')
                     LIMIT 1000""");
             Statement grant = c.createStatement()) {
            c.setAutoCommit(true);
            pending.setString(1, role);
            while (true) {
                List<String> oids = new ArrayList<>();
                try (ResultSet r = pending.executeQuery()) {
                    while (r.next()) {
                        oids.add(r.getString(1));
                    }
                }
                if (oids.isEmpty()) {
                    break;
                }
                grant.execute("GRANT SELECT ON LARGE OBJECT " + String.join(", ", oids) + " TO " + role);
                granted += oids.size();
                if (oids.size() < 1000) {
                    break; // the last batch (and never an endless loop, should a grant not take)
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not let " + runtimeRole + " read the stored files: " + e.getMessage(), e);
        }
        if (granted > 0) {
            long count = granted;
            LOG.info(() -> count + " stored files made readable for the database role " + runtimeRole);
        }
    }
}
