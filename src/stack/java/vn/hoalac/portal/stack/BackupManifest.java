package vn.hoalac.portal.stack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a backup folder holds ({@code manifest.json}, written last): the versions it was taken with, each database's
 * snapshot (its tables in restore order with their columns and row counts, sequences, large objects with their owners,
 * the Flyway history or a schema script), and every file with its size and SHA-256. A restore reads it first and
 * refuses a backup whose files do not match it.
 */
record BackupManifest(String format, Instant createdAt, long tookMillis, Map<String, String> versions,
                      List<Database> databases, List<Part> parts) {

    static final String FORMAT = "hoalac-portal-backup/1";
    static final String FILE = "manifest.json";

    /** One database as its snapshot saw it. {@code schemaFile} is null when its schema comes from Flyway's migrations. */
    record Database(String name, Instant snapshotAt, List<Table> tables, List<Sequence> sequences,
                    List<LargeObject> largeObjects, List<Migration> migrations, String schemaFile) {
        Database {
            tables = List.copyOf(tables);
            sequences = List.copyOf(sequences);
            largeObjects = List.copyOf(largeObjects);
            migrations = List.copyOf(migrations);
        }

        /** The latest migration applied (the schema version the data belongs to). */
        Optional<String> schemaVersion() {
            return migrations.isEmpty() ? Optional.empty() : Optional.of(migrations.getLast().version());
        }
    }

    /** A table's rows as COPY text, in {@code file}; {@code columns} leaves out generated columns. */
    record Table(String name, List<String> columns, long rows, String file) {
        Table {
            columns = List.copyOf(columns);
        }
    }

    /** A sequence's value when the snapshot was taken (null: never used). */
    record Sequence(String name, Long lastValue) {
    }

    record LargeObject(long oid, String owner, long bytes, String file) {
    }

    /** An applied Flyway migration (a versioned one: repeatable and callback rows are not part of the schema version). */
    record Migration(String version, Integer checksum, String description) {
    }

    /** A file of the backup, relative to its folder. */
    record Part(String path, long bytes, String sha256) {
        /** A file's size and SHA-256, named relative to the folder. */
        static Part of(Path folder, Path file) {
            return ofFile(folder, file);
        }
    }

    BackupManifest {
        versions = Map.copyOf(versions);
        databases = List.copyOf(databases);
        parts = List.copyOf(parts);
    }

    Optional<Database> database(String name) {
        return databases.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Every difference between the manifest and the folder: a missing, changed or unlisted file (empty: all there). */
    List<String> verify(Path folder) {
        List<String> problems = new ArrayList<>();
        for (Part part : parts) {
            Path file = resolve(folder, part.path());
            if (!Files.isRegularFile(file)) {
                problems.add(part.path() + " is missing");
                continue;
            }
            Part found = Part.of(folder, file);
            if (found.bytes() != part.bytes() || !found.sha256().equals(part.sha256())) {
                problems.add(part.path() + " has changed (" + found.bytes() + " bytes, SHA-256 " + found.sha256()
                        + "; the manifest says " + part.bytes() + " bytes, " + part.sha256() + ")");
            }
        }
        for (Database database : databases) {
            List<String> files = new ArrayList<>();
            database.tables().forEach(t -> files.add(t.file()));
            database.largeObjects().forEach(o -> files.add(o.file()));
            if (database.schemaFile() != null) {
                files.add(database.schemaFile());
            }
            for (String file : files) {
                if (parts.stream().noneMatch(p -> p.path().equals(file))) {
                    problems.add(file + " (" + database.name() + ") has no checksum in the manifest");
                }
            }
        }
        return problems;
    }

    /** A path of the manifest inside the folder (never outside it). */
    static Path resolve(Path folder, String relative) {
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder.normalize()) || relative.isBlank()) {
            throw new IllegalArgumentException("the manifest names a file outside the backup: " + relative);
        }
        return file;
    }

    static String sha256(Path file) {
        return Part.of(file.getParent(), file).sha256();
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Part part(Path folder, Path file, MessageDigest digest, long bytes) {
        return new Part(folder.relativize(file).toString(), bytes, HexFormat.of().formatHex(digest.digest()));
    }

    private static Part ofFile(Path folder, Path file) {
        MessageDigest digest = newDigest();
        long bytes = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return part(folder, file, digest, bytes);
    }

    JsonObject toJson() {
        JsonArrayBuilder dbs = Json.createArrayBuilder();
        for (Database d : databases) {
            JsonArrayBuilder tables = Json.createArrayBuilder();
            for (Table t : d.tables()) {
                tables.add(Json.createObjectBuilder().add("name", t.name()).add("columns", Json.createArrayBuilder(t.columns()))
                        .add("rows", t.rows()).add("file", t.file()));
            }
            JsonArrayBuilder sequences = Json.createArrayBuilder();
            for (Sequence s : d.sequences()) {
                JsonObjectBuilder seq = Json.createObjectBuilder().add("name", s.name());
                if (s.lastValue() == null) {
                    seq.addNull("lastValue");
                } else {
                    seq.add("lastValue", s.lastValue());
                }
                sequences.add(seq);
            }
            JsonArrayBuilder objects = Json.createArrayBuilder();
            for (LargeObject o : d.largeObjects()) {
                objects.add(Json.createObjectBuilder().add("oid", o.oid()).add("owner", o.owner()).add("bytes", o.bytes())
                        .add("file", o.file()));
            }
            JsonArrayBuilder migrations = Json.createArrayBuilder();
            for (Migration m : d.migrations()) {
                JsonObjectBuilder mig = Json.createObjectBuilder().add("version", m.version()).add("description", m.description());
                if (m.checksum() == null) {
                    mig.addNull("checksum");
                } else {
                    mig.add("checksum", m.checksum());
                }
                migrations.add(mig);
            }
            JsonObjectBuilder db = Json.createObjectBuilder().add("name", d.name()).add("snapshotAt", d.snapshotAt().toString())
                    .add("tables", tables).add("sequences", sequences).add("largeObjects", objects).add("migrations", migrations);
            if (d.schemaFile() == null) {
                db.addNull("schemaFile");
            } else {
                db.add("schemaFile", d.schemaFile());
            }
            dbs.add(db);
        }
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (Part p : parts) {
            files.add(Json.createObjectBuilder().add("path", p.path()).add("bytes", p.bytes()).add("sha256", p.sha256()));
        }
        JsonObjectBuilder v = Json.createObjectBuilder();
        versions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> v.add(e.getKey(), e.getValue()));
        return Json.createObjectBuilder().add("format", format).add("createdAt", createdAt.toString()).add("tookMillis", tookMillis)
                .add("versions", v).add("databases", dbs).add("files", files).build();
    }

    static BackupManifest fromJson(JsonObject json) {
        String format = json.getString("format", "");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("not a backup of this portal (format '" + format + "', expected " + FORMAT + ")");
        }
        List<Database> dbs = new ArrayList<>();
        for (JsonObject d : json.getJsonArray("databases").getValuesAs(JsonObject.class)) {
            List<Table> tables = d.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                    .map(t -> new Table(t.getString("name"), t.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class)
                            .stream().map(jakarta.json.JsonString::getString).toList(), t.getJsonNumber("rows").longValue(), t.getString("file")))
                    .toList();
            List<Sequence> sequences = d.getJsonArray("sequences").getValuesAs(JsonObject.class).stream()
                    .map(s -> new Sequence(s.getString("name"), s.isNull("lastValue") ? null : s.getJsonNumber("lastValue").longValue()))
                    .toList();
            List<LargeObject> objects = d.getJsonArray("largeObjects").getValuesAs(JsonObject.class).stream()
                    .map(o -> new LargeObject(o.getJsonNumber("oid").longValue(), o.getString("owner"), o.getJsonNumber("bytes").longValue(),
                            o.getString("file")))
                    .toList();
            List<Migration> migrations = d.getJsonArray("migrations").getValuesAs(JsonObject.class).stream()
                    .map(m -> new Migration(m.getString("version"), m.isNull("checksum") ? null : m.getInt("checksum"), m.getString("description")))
                    .toList();
            dbs.add(new Database(d.getString("name"), Instant.parse(d.getString("snapshotAt")), tables, sequences, objects, migrations,
                    d.isNull("schemaFile") ? null : d.getString("schemaFile")));
        }
        List<Part> parts = json.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(p -> new Part(p.getString("path"), p.getJsonNumber("bytes").longValue(), p.getString("sha256"))).toList();
        Map<String, String> versions = new LinkedHashMap<>();
        json.getJsonObject("versions").forEach((k, val) -> versions.put(k, val.getValueType() == JsonValue.ValueType.STRING
                ? json.getJsonObject("versions").getString(k) : val.toString()));
        JsonNumber took = json.getJsonNumber("tookMillis");
        return new BackupManifest(format, Instant.parse(json.getString("createdAt")), took == null ? 0 : took.longValue(), versions, dbs, parts);
    }

    void write(Path folder) throws IOException {
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (Writer out = Files.newBufferedWriter(folder.resolve(FILE)); JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(toJson());
        }
    }

    /** The manifest of a backup folder; fails clearly when it is not one. */
    static BackupManifest read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(folder + " is not a backup of the portal: it has no " + FILE
                    + " (an interrupted backup leaves only a folder ending in .partial)");
        }
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
            return fromJson(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the manifest itself: the backup's identity (a restore remembers which backup it restored). */
    static String identity(Path folder) {
        return sha256(folder.resolve(FILE));
    }
}
