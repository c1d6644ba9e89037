package vn.hoalac.portal.stack;

import jakarta.json.Json;
import jakarta.json.JsonWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One database written to a backup folder from ONE snapshot: a REPEATABLE READ READ ONLY transaction sees the database
 * as it was at its first statement, whatever commits meanwhile (uploads go on; nothing waits for the backup but a schema
 * change). Each table of the current schema as COPY text (COPY TO STDOUT through pgjdbc's CopyManager, generated
 * columns left out), the sequences' values, optionally the large objects with their OIDs and owners (read in the same
 * snapshot through the LargeObjectManager) and the Flyway history, or a schema script for a schema no migration of
 * ours creates (Keycloak's: {@link SchemaScript}).
 */
final class DatabaseDump {

    private final Connection db;
    private final String name;
    private final Path root;
    private final List<BackupManifest.Part> parts;

    private DatabaseDump(Connection db, String name, Path root, List<BackupManifest.Part> parts) {
        this.db = db;
        this.name = name;
        this.root = root;
        this.parts = parts;
    }

    /**
     * Dumps the database {@code db} is connected to as {@code name} into {@code root/name/}, adding each file to
     * {@code parts}. {@code flyway}: its schema comes from the portal's migrations (the history is recorded, the
     * large objects are dumped); otherwise a schema script is written.
     */
    static BackupManifest.Database dump(Connection db, String name, Path root, boolean flyway, List<BackupManifest.Part> parts)
            throws SQLException, IOException {
        db.setAutoCommit(false);
        db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        db.setReadOnly(true);
        try {
            return new DatabaseDump(db, name, root, parts).run(flyway);
        } finally {
            db.rollback();
        }
    }

    private BackupManifest.Database run(boolean flyway) throws SQLException, IOException {
        OffsetDateTime snapshot;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT now()")) { // the snapshot is taken here
            r.next();
            snapshot = r.getObject(1, OffsetDateTime.class);
        }
        Path folder = Files.createDirectories(root.resolve(name));
        String schemaFile = null;
        if (!flyway) {
            Path script = folder.resolve("schema.json");
            SchemaScript.of(db).write(script);
            parts.add(BackupManifest.Part.of(root, script));
            schemaFile = root.relativize(script).toString();
        }
        List<BackupManifest.Table> tables = new ArrayList<>();
        Map<Long, String> names = tables();
        Path tableFolder = Files.createDirectories(folder.resolve("tables"));
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        int n = 0;
        for (String table : TableOrder.of(names.values(), foreignKeys(names))) {
            List<String> columns = columns(table);
            Path file = tableFolder.resolve(String.format("%03d-%s.copy", ++n, table));
            MessageDigest digest = BackupManifest.newDigest();
            long rows;
            try (CountingOutputStream out = new CountingOutputStream(new DigestOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file), 256 * 1024), digest))) {
                rows = copy.copyOut("COPY " + SchemaScript.quote(table) + " (" + SchemaScript.quoteAll(columns) + ") TO STDOUT", out);
                out.flush();
                parts.add(BackupManifest.part(root, file, digest, out.count));
            }
            tables.add(new BackupManifest.Table(table, columns, rows, root.relativize(file).toString()));
        }
        List<BackupManifest.LargeObject> objects = flyway ? largeObjects(folder) : List.of();
        return new BackupManifest.Database(name, snapshot.toInstant(), tables, sequences(), objects,
                flyway ? migrations() : List.of(), schemaFile);
    }

    /** The ordinary tables of the current schema, by oid. */
    private Map<Long, String> tables() throws SQLException {
        Map<Long, String> tables = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname""")) {
            while (r.next()) {
                tables.put(r.getLong(1), r.getString(2));
            }
        }
        return tables;
    }

    private List<TableOrder.ForeignKey> foreignKeys(Map<Long, String> tables) throws SQLException {
        List<TableOrder.ForeignKey> keys = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT conrelid, confrelid FROM pg_constraint WHERE contype = 'f'")) {
            while (r.next()) {
                String table = tables.get(r.getLong(1));
                String references = tables.get(r.getLong(2));
                if (table != null && references != null) {
                    keys.add(new TableOrder.ForeignKey(table, references));
                }
            }
        }
        return keys;
    }

    /** The columns a COPY writes and reads back: all but generated ones (PostgreSQL computes those again). */
    private List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                SELECT a.attname FROM pg_attribute a
                WHERE a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
                  AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum""")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
        }
        return columns;
    }

    /**
     * The sequences' values. A sequence is not transactional: it reads its value now, which is at least what any row of
     * the snapshot used, so a restored portal never hands out an id twice.
     */
    private List<BackupManifest.Sequence> sequences() throws SQLException {
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() ORDER BY sequencename")) {
            while (r.next()) {
                long value = r.getLong(2);
                Long lastValue = r.wasNull() ? null : value; // asked before the next column is read
                sequences.add(new BackupManifest.Sequence(r.getString(1), lastValue));
            }
        }
        return sequences;
    }

    /** Every large object the snapshot sees, each in its own file named by its OID (document bytes live there). */
    private List<BackupManifest.LargeObject> largeObjects(Path folder) throws SQLException, IOException {
        Path objectFolder = Files.createDirectories(folder.resolve("large-objects"));
        List<BackupManifest.LargeObject> objects = new ArrayList<>();
        LargeObjectManager api = db.unwrap(PGConnection.class).getLargeObjectAPI();
        List<Map.Entry<Long, String>> listed = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT oid, pg_get_userbyid(lomowner) FROM pg_largeobject_metadata ORDER BY oid")) {
            while (r.next()) {
                listed.add(Map.entry(r.getLong(1), r.getString(2)));
            }
        }
        byte[] buffer = new byte[256 * 1024];
        for (Map.Entry<Long, String> object : listed) {
            Path file = objectFolder.resolve(Long.toString(object.getKey()));
            MessageDigest digest = BackupManifest.newDigest();
            long bytes = 0;
            try (LargeObject lo = api.open(object.getKey(), LargeObjectManager.READ);
                 InputStream in = lo.getInputStream();
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    bytes += n;
                }
            }
            parts.add(BackupManifest.part(root, file, digest, bytes));
            objects.add(new BackupManifest.LargeObject(object.getKey(), object.getValue(), bytes, root.relativize(file).toString()));
        }
        return objects;
    }

    /** The versioned migrations Flyway applied, in order (the schema version of the data). */
    private List<BackupManifest.Migration> migrations() throws SQLException {
        List<BackupManifest.Migration> migrations = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT version, checksum, description FROM flyway_schema_history
                WHERE success AND version IS NOT NULL ORDER BY installed_rank""")) {
            while (r.next()) {
                int value = r.getInt(2);
                Integer checksum = r.wasNull() ? null : value; // asked before the next column is read
                migrations.add(new BackupManifest.Migration(r.getString(1), checksum, r.getString(3)));
            }
        }
        return migrations;
    }

    static void writeJson(Path file, jakarta.json.JsonStructure json) {
        try (JsonWriter writer = Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(Files.newBufferedWriter(file))) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts what passes through (the size of a part, written once). */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
