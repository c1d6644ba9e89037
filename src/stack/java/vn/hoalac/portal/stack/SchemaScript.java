package vn.hoalac.portal.stack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The schema of a database whose schema no migration of ours creates (Keycloak's, made by its Liquibase changelog),
 * read from PostgreSQL's catalogs in the backup's snapshot, as the statements that build it again: before the data
 * the sequences and the tables with their columns, defaults and NOT NULL; after the data the primary keys, unique and
 * check constraints, the other indexes and last the foreign keys (so the rows load in any order). PostgreSQL writes
 * each definition itself ({@code format_type}, {@code pg_get_expr}, {@code pg_get_constraintdef}, {@code pg_get_indexdef}).
 * A schema with more than that (views, functions, triggers, types of its own) is refused rather than restored half.
 */
record SchemaScript(List<String> beforeData, List<String> afterData) {

    SchemaScript {
        beforeData = List.copyOf(beforeData);
        afterData = List.copyOf(afterData);
    }

    static SchemaScript of(Connection db) throws SQLException {
        refuseWhatItCannotRebuild(db);
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("""
                    SELECT sequencename, data_type, start_value, min_value, max_value, increment_by, cycle, cache_size
                    FROM pg_sequences WHERE schemaname = current_schema() ORDER BY sequencename""")) {
                while (r.next()) {
                    before.add("CREATE SEQUENCE " + quote(r.getString(1)) + " AS " + r.getString(2) + " START WITH " + r.getLong(3)
                            + " MINVALUE " + r.getLong(4) + " MAXVALUE " + r.getLong(5) + " INCREMENT BY " + r.getLong(6)
                            + (r.getBoolean(7) ? " CYCLE" : " NO CYCLE") + " CACHE " + r.getLong(8));
                }
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("""
                    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname""")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet r = s.executeQuery("""
                        SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid)
                        FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                        WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"""
                        .formatted(literal(quote(table))))) {
                    while (r.next()) {
                        columns.add(quote(r.getString(1)) + " " + r.getString(2) + (r.getString(4) == null ? "" : " DEFAULT " + r.getString(4))
                                + (r.getBoolean(3) ? " NOT NULL" : ""));
                    }
                }
                before.add("CREATE TABLE " + quote(table) + " (" + String.join(", ", columns) + ")");
            }
            List<String> foreignKeys = new ArrayList<>();
            try (ResultSet r = s.executeQuery("""
                    SELECT t.relname, c.conname, c.contype, pg_get_constraintdef(c.oid)
                    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                    WHERE n.nspname = current_schema() AND c.contype IN ('p', 'u', 'c', 'x', 'f')
                    ORDER BY c.contype = 'f', t.relname, c.conname""")) {
                while (r.next()) {
                    String statement = "ALTER TABLE " + quote(r.getString(1)) + " ADD CONSTRAINT " + quote(r.getString(2)) + " " + r.getString(4);
                    ("f".equals(r.getString(3)) ? foreignKeys : after).add(statement);
                }
            }
            try (ResultSet r = s.executeQuery("""
                    SELECT pg_get_indexdef(i.indexrelid)
                    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                    JOIN pg_class ic ON ic.oid = i.indexrelid
                    WHERE n.nspname = current_schema() AND t.relkind = 'r'
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
                    ORDER BY t.relname, ic.relname""")) {
                while (r.next()) {
                    after.add(r.getString(1));
                }
            }
            after.addAll(foreignKeys);
        }
        return new SchemaScript(before, after);
    }

    /** Objects this script does not rebuild: named, so that the backup fails instead of restoring a different schema. */
    private static void refuseWhatItCannotRebuild(Connection db) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT 'view or other relation ' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = current_schema() AND c.relkind NOT IN ('r', 'i', 'S', 't')
                UNION ALL SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = current_schema()
                UNION ALL SELECT 'trigger ' || t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                 JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT t.tgisinternal
                UNION ALL SELECT 'type ' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname = current_schema() AND t.typtype IN ('e', 'd', 'r', 'm')
                UNION ALL SELECT 'identity or generated column ' || c.relname || '.' || a.attname FROM pg_attribute a
                 JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = current_schema() AND c.relkind = 'r' AND (a.attidentity <> '' OR a.attgenerated <> '')
                ORDER BY 1""")) {
            while (r.next()) {
                found.add(r.getString(1));
            }
        }
        if (!found.isEmpty()) {
            throw new IllegalStateException("the schema has objects a backup of it cannot rebuild: " + String.join(", ", found));
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String quoteAll(List<String> identifiers) {
        return identifiers.stream().map(SchemaScript::quote).collect(Collectors.joining(", "));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    void write(Path file) {
        DatabaseDump.writeJson(file, Json.createObjectBuilder()
                .add("beforeData", Json.createArrayBuilder(beforeData))
                .add("afterData", Json.createArrayBuilder(afterData)).build());
    }

    static SchemaScript read(Path file) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
            JsonObject json = reader.readObject();
            return new SchemaScript(strings(json.getJsonArray("beforeData")), strings(json.getJsonArray("afterData")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
