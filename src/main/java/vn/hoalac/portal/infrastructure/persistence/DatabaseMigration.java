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
        Optional<String> owner = config.getOptionalValue("db.owner.user", String.class)
                .filter(o -> !o.isBlank() && !o.equals(runtimeRole));
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
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
