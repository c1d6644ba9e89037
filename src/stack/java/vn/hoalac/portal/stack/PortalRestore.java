package vn.hoalac.portal.stack;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Restores a backup of {@link PortalBackup} into an EMPTY stack, before the portal starts ({@code PORTAL_RESTORE_FROM}):
 * checks every file against the manifest, refuses a database that holds anything, then builds the portal's schema with
 * the portal's own Flyway migrations up to the backup's schema version (the portal migrates further itself when it is
 * newer), loads every table in foreign-key order with the schema's own triggers off (the rows are restored as they
 * were, nothing is added to them), the sequences and the large objects with their OIDs and owners, all in one
 * transaction; then Keycloak's database from its schema script. The search index is not in a backup: each instance
 * builds it from the database when its folder is empty.
 */
public final class PortalRestore {

    /** In the data folder: which backup this stack was restored from (a restart with the same setting goes on). */
    static final String MARKER = "restored-from";
    private static final String HISTORY = "flyway_schema_history";

    /** Where a backup goes: the portal's database (as its owner) and, when the stack runs Keycloak, Keycloak's. */
    record Target(String portalUrl, String owner, String ownerPassword, String runtimeRole,
                  Optional<String> keycloakUrl, String keycloakUser, String keycloakPassword) {

        static Target of(StackConfig config) {
            return new Target(config.jdbcUrl(), config.dbOwner(), config.dbOwnerPassword(), config.dbUser(),
                    PortalBackup.keycloakDatabase(config), config.keycloakDbUser(), config.keycloakDbPassword());
        }
    }

    /** A restore that must not go ahead: the message says why and what to do. */
    static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }

    private PortalRestore() {
    }

    /** Called by {@link PortalStack} once PostgreSQL runs and before the portal starts, when PORTAL_RESTORE_FROM is set. */
    static void restoreIfAsked(StackConfig config, Path backup) {
        Path marker = config.dataDir().resolve(MARKER);
        String identity = BackupManifest.identity(requireBackup(backup));
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).strip().startsWith(identity)) {
                PortalStack.log("already restored from " + backup + " (" + marker + "): starting on that data");
                return;
            }
            long begin = System.nanoTime();
            BackupManifest manifest = restore(backup, Target.of(config));
            Files.writeString(marker, identity + " " + backup + " " + manifest.createdAt() + "\n", StandardCharsets.UTF_8);
            PortalStack.log("restored the " + PortalBackup.summary(manifest).replaceFirst("^backup", "backup") + " in "
                    + PortalStack.seconds(begin) + "; the demo data is not seeded, the search index builds itself");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path requireBackup(Path backup) {
        if (!Files.isDirectory(backup)) {
            throw new Refused("PORTAL_RESTORE_FROM=" + backup + " is not a folder: name the folder a backup was written to");
        }
        return backup;
    }

    /** Restores {@code backup} into {@code target}; refuses (before changing anything) a damaged backup or a non-empty database. */
    static BackupManifest restore(Path backup, Target target) {
        BackupManifest manifest = BackupManifest.read(requireBackup(backup));
        List<String> problems = manifest.verify(backup);
        if (!problems.isEmpty()) {
            throw new Refused("the backup in " + backup + " is damaged, nothing was restored: " + String.join("; ", problems));
        }
        BackupManifest.Database portal = manifest.database(PortalBackup.PORTAL)
                .orElseThrow(() -> new Refused("the backup in " + backup + " has no portal database"));
        Optional<BackupManifest.Database> keycloak = manifest.database(PortalBackup.KEYCLOAK);
        try (Connection db = DriverManager.getConnection(target.portalUrl(), target.owner(), target.ownerPassword());
             Connection kc = keycloak.isPresent() && target.keycloakUrl().isPresent()
                     ? DriverManager.getConnection(target.keycloakUrl().get(), target.keycloakUser(), target.keycloakPassword()) : null) {
            refuseUnlessEmpty(db, target.portalUrl(), true);
            if (kc != null) {
                refuseUnlessEmpty(kc, target.keycloakUrl().get(), false);
            } else if (keycloak.isPresent()) {
                PortalStack.log("the backup's Keycloak database is not restored: Keycloak is external here (OIDC_ISSUER)");
            }
            migrate(target, portal);
            loadPortal(db, backup, portal);
            if (kc != null) {
                loadKeycloak(kc, backup, keycloak.get());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the restore from " + backup + " failed: " + e.getMessage()
                    + " (the database is left part-restored: empty it, or start on a fresh data folder, before trying again)", e);
        }
        return manifest;
    }

    /** What a database holds that a restore would overwrite: its relations, and (for the portal) its large objects. */
    static List<String> contents(Connection db, boolean largeObjects) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("""
                    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') ORDER BY c.relname""")) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            if (largeObjects) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM pg_largeobject_metadata")) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        found.add(r.getLong(1) + " large objects");
                    }
                }
            }
        }
        return found;
    }

    static void refuseUnlessEmpty(Connection db, String url, boolean largeObjects) throws SQLException {
        List<String> found = contents(db, largeObjects);
        if (!found.isEmpty()) {
            throw new Refused("a backup is restored only into an empty database, and " + url + " is not empty (it holds "
                    + found.size() + " objects: " + String.join(", ", found.subList(0, Math.min(8, found.size())))
                    + (found.size() > 8 ? ", ..." : "") + "): nothing was restored. Start on a fresh data folder (for the run "
                    + "command: delete .portal-data/dev) or an empty database, or unset PORTAL_RESTORE_FROM to start on the data that is there");
        }
    }

    /** The schema as the backup's data needs it: the portal's migrations up to the backup's version, then checked. */
    private static void migrate(Target target, BackupManifest.Database portal) throws SQLException {
        String version = portal.schemaVersion().orElseThrow(() -> new Refused("the backup has no Flyway history"));
        Flyway.configure()
                .dataSource(target.portalUrl(), target.owner(), target.ownerPassword())
                .placeholders(Map.of("runtime_role", target.runtimeRole()))
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
        List<BackupManifest.Migration> applied = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(target.portalUrl(), target.owner(), target.ownerPassword());
             Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT version, checksum, description FROM " + HISTORY
                     + " WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
            while (r.next()) {
                int value = r.getInt(2);
                Integer checksum = r.wasNull() ? null : value; // asked before the next column is read
                applied.add(new BackupManifest.Migration(r.getString(1), checksum, r.getString(3)));
            }
        }
        List<String> versions = applied.stream().map(m -> m.version() + "/" + m.checksum()).toList();
        List<String> expected = portal.migrations().stream().map(m -> m.version() + "/" + m.checksum()).toList();
        if (!versions.equals(expected)) {
            throw new Refused("the portal's migrations differ from those the backup was taken with (version/checksum "
                    + versions + " here, " + expected + " in the backup): restore with the portal release that took it");
        }
    }

    private static void loadPortal(Connection db, Path backup, BackupManifest.Database portal) throws SQLException {
        db.setAutoCommit(false);
        List<BackupManifest.Table> tables = portal.tables().stream().filter(t -> !t.name().equals(HISTORY)).toList();
        try (Statement s = db.createStatement()) {
            for (BackupManifest.Table t : tables) {
                s.execute("ALTER TABLE " + SchemaScript.quote(t.name()) + " DISABLE TRIGGER USER");
            }
            // rows a migration wrote (reference data) are in the backup too, as they were
            s.execute("TRUNCATE " + String.join(", ", tables.stream().map(t -> SchemaScript.quote(t.name())).toList()));
            copyIn(db, backup, tables);
            for (BackupManifest.Table t : tables) {
                s.execute("ALTER TABLE " + SchemaScript.quote(t.name()) + " ENABLE TRIGGER USER");
            }
            setSequences(db, portal.sequences());
            loadLargeObjects(db, backup, portal.largeObjects());
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    private static void loadKeycloak(Connection db, Path backup, BackupManifest.Database keycloak) throws SQLException {
        SchemaScript schema = SchemaScript.read(BackupManifest.resolve(backup, keycloak.schemaFile()));
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (String statement : schema.beforeData()) {
                s.execute(statement);
            }
            copyIn(db, backup, keycloak.tables());
            for (String statement : schema.afterData()) {
                s.execute(statement);
            }
            setSequences(db, keycloak.sequences());
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    private static void copyIn(Connection db, Path backup, List<BackupManifest.Table> tables) throws SQLException {
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        for (BackupManifest.Table t : tables) {
            try (Reader in = Files.newBufferedReader(BackupManifest.resolve(backup, t.file()), StandardCharsets.UTF_8)) {
                long rows = copy.copyIn("COPY " + SchemaScript.quote(t.name()) + " (" + SchemaScript.quoteAll(t.columns()) + ") FROM STDIN", in);
                if (rows != t.rows()) {
                    throw new IllegalStateException(t.name() + ": " + rows + " rows loaded, the backup has " + t.rows());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void setSequences(Connection db, List<BackupManifest.Sequence> sequences) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT setval(?::regclass, ?, true)")) {
            for (BackupManifest.Sequence sequence : sequences) {
                if (sequence.lastValue() != null) {
                    s.setString(1, SchemaScript.quote(sequence.name()));
                    s.setLong(2, sequence.lastValue());
                    s.execute();
                }
            }
        }
    }

    /** Each large object under its own OID (the rows name it), owned by the role that owned it when that role exists. */
    private static void loadLargeObjects(Connection db, Path backup, List<BackupManifest.LargeObject> objects) throws SQLException {
        LargeObjectManager api = db.unwrap(PGConnection.class).getLargeObjectAPI();
        byte[] buffer = new byte[256 * 1024];
        try (PreparedStatement create = db.prepareStatement("SELECT lo_create(?)");
             PreparedStatement role = db.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ? AND rolname <> current_user");
             Statement s = db.createStatement()) {
            for (BackupManifest.LargeObject object : objects) {
                create.setLong(1, object.oid());
                create.execute();
                try (LargeObject lo = api.open(object.oid(), LargeObjectManager.WRITE);
                     OutputStream out = lo.getOutputStream();
                     InputStream in = Files.newInputStream(BackupManifest.resolve(backup, object.file()))) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.write(buffer, 0, n);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                role.setString(1, object.owner());
                try (ResultSet r = role.executeQuery()) {
                    if (r.next()) {
                        s.execute("ALTER LARGE OBJECT " + object.oid() + " OWNER TO " + SchemaScript.quote(object.owner()));
                    }
                }
            }
        }
    }
}
