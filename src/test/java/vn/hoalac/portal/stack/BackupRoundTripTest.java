package vn.hoalac.portal.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup and its restore on a real PostgreSQL (the embedded one, as the stack runs it): the portal's schema from its
 * own migrations with rows, a file's bytes in a large object of the runtime role, and a Keycloak-like schema of its
 * own; restored into empty databases they read the same, and a second restore over them is refused.
 */
class BackupRoundTripTest {

    private static EmbeddedPostgres pg;
    private static final byte[] FILE = "Đề án Khu công nghệ cao Hòa Lạc\n".repeat(5000).getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    @BeforeAll
    static void databases() throws Exception {
        pg = EmbeddedPostgres.builder()
                .setLocaleConfig("locale-provider", "builtin").setLocaleConfig("builtin-locale", "C.UTF-8").setLocaleConfig("encoding", "UTF8")
                .start();
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE portal LOGIN PASSWORD 'portal'");
            s.execute("CREATE ROLE portal_app LOGIN PASSWORD 'portal_app'");
            s.execute("GRANT portal_app TO portal");
            for (String db : List.of("portal", "portal_restored", "portal_other")) {
                s.execute("CREATE DATABASE " + db + " OWNER portal");
            }
            s.execute("CREATE DATABASE keycloak");
            s.execute("CREATE DATABASE keycloak_restored");
        }
        Flyway.configure().dataSource(url("portal"), "portal", "portal").placeholders(Map.of("runtime_role", "portal_app"))
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url("portal"), "portal_app", "portal_app");
             PreparedStatement lo = c.prepareStatement("SELECT lo_from_bytea(0, ?)");
             Statement s = c.createStatement()) {
            lo.setBytes(1, FILE);
            long oid;
            try (ResultSet r = lo.executeQuery()) {
                r.next();
                oid = r.getLong(1);
            }
            String sha = BackupIT_sha(FILE);
            s.execute("INSERT INTO content_blob (sha256, size, lo) VALUES ('" + sha + "', " + FILE.length + ", " + oid + ")");
            s.execute("INSERT INTO document (title, organization, visibility, current_version, created_at, created_by, updated_at, updated_by) "
                    + "VALUES ('Đề án 2030', 'BQL', 'PORTAL', 1, now(), 'bql.soan', now(), 'bql.soan')");
            s.execute("INSERT INTO document_version (document_id, number, filename, sha256, size, created_at, created_by) "
                    + "SELECT id, 1, 'de-an.txt', '" + sha + "', " + FILE.length + ", now(), 'bql.soan' FROM document");
        }
        try (Connection c = superuser("keycloak"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE realm (id varchar(36) PRIMARY KEY, name varchar(255) NOT NULL UNIQUE, enabled boolean DEFAULT false NOT NULL)");
            s.execute("CREATE TABLE user_entity (id varchar(36) PRIMARY KEY, realm_id varchar(36) NOT NULL REFERENCES realm (id), "
                    + "username varchar(255), created_timestamp bigint, CONSTRAINT uk_user UNIQUE (realm_id, username))");
            s.execute("CREATE TABLE credential (id varchar(36) PRIMARY KEY, user_id varchar(36) REFERENCES user_entity (id), "
                    + "secret_data text, priority integer CHECK (priority >= 0))");
            s.execute("CREATE INDEX idx_user_username ON user_entity (username)");
            s.execute("CREATE SEQUENCE hibernate_sequence INCREMENT BY 50");
            s.execute("SELECT nextval('hibernate_sequence'), nextval('hibernate_sequence')");
            // rows in an order no foreign key would allow table by table: the keys come after the data
            s.execute("INSERT INTO realm VALUES ('r1', 'hoalac', true)");
            s.execute("INSERT INTO user_entity VALUES ('u1', 'r1', 'bql.soan', 1700000000000)");
            s.execute("INSERT INTO credential VALUES ('c1', 'u1', '{\"value\":\"pbkdf2 hash with\ttab and \\\\ backslash\"}', 10)");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    private static String url(String db) {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + db;
    }

    private static Connection superuser(String db) throws SQLException {
        return DriverManager.getConnection(url(db), "postgres", "postgres");
    }

    private static String BackupIT_sha(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static StackConfig config() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", url("portal"));
        env.put("DB_USER", "portal_app");
        env.put("DB_PASSWORD", "portal_app");
        env.put("DB_OWNER_USER", "portal");
        env.put("DB_OWNER_PASSWORD", "portal");
        env.put("KEYCLOAK_DB_URL", url("keycloak"));
        env.put("KEYCLOAK_DB_USER", "postgres");
        env.put("KEYCLOAK_DB_PASSWORD", "postgres");
        return StackConfig.from(env, 1, 2, 3, 4, 5, 6, 7, "unit", false);
    }

    private static PortalRestore.Target into(String portalDb, String keycloakDb) {
        return new PortalRestore.Target(url(portalDb), "portal", "portal", "portal_app", Optional.of(url(keycloakDb)), "postgres", "postgres");
    }

    private static List<String> rows(Connection c, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.append(r.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void whatIsRestoredReadsAsItWasBackedUp() throws Exception {
        Path backup = temp.resolve("backup");
        BackupManifest manifest = PortalBackup.write(config(), backup);

        assertThat(BackupManifest.read(backup)).isEqualTo(manifest);
        assertThat(backup.resolveSibling("backup.partial")).doesNotExist();
        BackupManifest.Database portal = manifest.database("portal").orElseThrow();
        List<String> order = portal.tables().stream().map(BackupManifest.Table::name).toList();
        assertThat(order).contains("flyway_schema_history", "audit_event");
        assertThat(order.indexOf("organization")).isLessThan(order.indexOf("document"));
        assertThat(order.indexOf("document")).isLessThan(order.indexOf("document_version"));
        assertThat(order.indexOf("content_blob")).isLessThan(order.indexOf("document_version"));
        assertThat(portal.largeObjects()).singleElement().satisfies(o -> {
            assertThat(o.owner()).isEqualTo("portal_app");
            assertThat(o.bytes()).isEqualTo(FILE.length);
        });
        assertThat(portal.schemaVersion()).isPresent();
        assertThat(manifest.versions()).containsKeys("postgresql", "keycloak", "schema", "pgjdbc");
        assertThat(manifest.versions().get("postgresql")).startsWith("18");

        PortalRestore.restore(backup, into("portal_restored", "keycloak_restored"));

        try (Connection before = superuser("portal"); Connection after = superuser("portal_restored")) {
            for (String query : List.of("SELECT * FROM organization ORDER BY code", "SELECT * FROM document ORDER BY id",
                    "SELECT * FROM document_version ORDER BY id", "SELECT * FROM content_blob ORDER BY sha256",
                    "SELECT version, checksum FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank",
                    "SELECT oid, pg_get_userbyid(lomowner) FROM pg_largeobject_metadata ORDER BY oid",
                    "SELECT encode(sha256(lo_get(lo)), 'hex') FROM content_blob")) {
                assertThat(rows(after, query)).as(query).isNotEmpty().isEqualTo(rows(before, query));
            }
            // the sequences go on after the restored ids
            assertThat(rows(after, "SELECT nextval('document_id_seq') > (SELECT max(id) FROM document)")).containsExactly("t|");
            // the runtime role may read the restored bytes and still may not change the audit trail
            try (Connection app = DriverManager.getConnection(url("portal_restored"), "portal_app", "portal_app")) {
                assertThat(rows(app, "SELECT length(lo_get(lo)) FROM content_blob")).containsExactly(FILE.length + "|");
                assertThatThrownBy(() -> rows(app, "DELETE FROM audit_event RETURNING id")).hasMessageContaining("permission denied");
            }
            // the schema's own triggers are on again
            assertThat(rows(after, "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'")).containsExactly("0|");
        }
        try (Connection before = superuser("keycloak"); Connection after = superuser("keycloak_restored")) {
            for (String query : List.of("SELECT * FROM realm", "SELECT * FROM user_entity", "SELECT * FROM credential",
                    "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname",
                    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname",
                    "SELECT column_name, data_type, column_default, is_nullable FROM information_schema.columns "
                            + "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
                    "SELECT last_value, increment_by FROM pg_sequences WHERE schemaname = 'public'")) {
                assertThat(rows(after, query)).as(query).isNotEmpty().isEqualTo(rows(before, query));
            }
        }

        // once more over what is there now: refused before anything changes
        assertThatThrownBy(() -> PortalRestore.restore(backup, into("portal_restored", "keycloak_restored")))
                .isInstanceOf(PortalRestore.Refused.class)
                .hasMessageContaining("only into an empty database").hasMessageContaining("portal_restored is not empty")
                .hasMessageContaining("agreement, agreement_document").hasMessageContaining("nothing was restored");
        // an empty portal database but a Keycloak database with data: refused too, and the portal's is left empty
        assertThatThrownBy(() -> PortalRestore.restore(backup, into("portal_other", "keycloak_restored")))
                .isInstanceOf(PortalRestore.Refused.class).hasMessageContaining("keycloak_restored");
        try (Connection other = superuser("portal_other")) {
            assertThat(PortalRestore.contents(other, true)).isEmpty();
        }
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsRestored() throws Exception {
        Path backup = temp.resolve("damaged");
        BackupManifest manifest = PortalBackup.write(config(), backup);
        String file = manifest.database("portal").orElseThrow().largeObjects().getFirst().file();
        Files.write(backup.resolve(file), "not the bytes".getBytes());

        assertThatThrownBy(() -> PortalRestore.restore(backup, into("portal_other", "keycloak_restored")))
                .isInstanceOf(PortalRestore.Refused.class).hasMessageContaining("damaged").hasMessageContaining(file);
        try (Connection other = superuser("portal_other")) {
            assertThat(PortalRestore.contents(other, true)).isEmpty();
        }
    }

    @Test
    void aBackupGoesToANewFolderOnly() throws Exception {
        Path existing = Files.createDirectories(temp.resolve("existing"));
        assertThatThrownBy(() -> PortalBackup.write(config(), existing)).hasMessageContaining("exists already");
    }
}
