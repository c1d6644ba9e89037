package vn.hoalac.portal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A backup of a running portal ({@code ./mvnw -Pbackup -Dbackup.to=DIR}, README.md "Operations"): the portal's database
 * with the files' bytes (large objects) from one snapshot, then Keycloak's database (realm, users with their password
 * hashes, clients) from one snapshot of its own, written by JDBC ({@link DatabaseDump}: the embedded PostgreSQL 18
 * ships no pg_dump, and Debian's pg_dump 15 refuses a newer server). The files go to {@code DIR.partial} and the folder
 * is renamed to {@code DIR} once the manifest with every file's SHA-256 is written: a folder named DIR is complete.
 * Nothing is stopped; what commits during the backup is in it or not, what was acknowledged before it started is in it.
 * It reads the same settings as the run command ({@link StackConfig}: DB_URL, KEYCLOAK_DB_URL, ports...).
 */
public final class PortalBackup {

    static final String PORTAL = "portal";
    static final String KEYCLOAK = "keycloak";

    private PortalBackup() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || args[0].isBlank()) {
            System.err.println("usage: ./mvnw -Pbackup -Dbackup.to=FOLDER   (a folder that does not exist yet)");
            System.exit(2);
        }
        try {
            Path target = Path.of(args[0]).toAbsolutePath().normalize();
            BackupManifest manifest = write(StackConfig.forDevelopment(), target);
            System.out.println("[portal] " + summary(manifest) + " in " + target);
        } catch (RuntimeException e) {
            System.err.println("[portal] no backup: " + e.getMessage());
            System.exit(1);
        }
    }

    /** One line: what the backup holds and how long it took. */
    public static String summary(BackupManifest manifest) {
        StringBuilder line = new StringBuilder("backup of ").append(manifest.createdAt()).append(" written in ")
                .append(String.format("%.1f s", manifest.tookMillis() / 1000.0)).append(':');
        for (BackupManifest.Database d : manifest.databases()) {
            line.append(' ').append(d.name()).append(" (").append(d.tables().size()).append(" tables, ")
                    .append(d.tables().stream().mapToLong(BackupManifest.Table::rows).sum()).append(" rows");
            if (!d.largeObjects().isEmpty()) {
                line.append(", ").append(d.largeObjects().size()).append(" files of ")
                        .append(d.largeObjects().stream().mapToLong(BackupManifest.LargeObject::bytes).sum()).append(" bytes");
            }
            line.append(')');
        }
        return line.toString();
    }

    /** Writes a backup of the portal that {@code config} describes to {@code target} (which must not exist). */
    public static BackupManifest write(StackConfig config, Path target) {
        if (Files.exists(target)) {
            throw new IllegalStateException(target + " exists already: a backup goes to a new folder");
        }
        long begin = System.nanoTime();
        Instant created = Instant.now();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            PortalStack.deleteTree(partial);
            Files.createDirectories(partial);
            List<BackupManifest.Part> parts = new ArrayList<>();
            List<BackupManifest.Database> databases = new ArrayList<>();
            Map<String, String> versions = new LinkedHashMap<>();
            versions.put("keycloak", config.keycloakVersion());
            try (Connection portal = DriverManager.getConnection(config.jdbcUrl(), config.dbOwner(), config.dbOwnerPassword())) {
                DatabaseMetaData meta = portal.getMetaData();
                versions.put("postgresql", meta.getDatabaseProductVersion());
                versions.put("pgjdbc", meta.getDriverVersion());
                BackupManifest.Database dumped = DatabaseDump.dump(portal, PORTAL, partial, true, parts);
                dumped.schemaVersion().ifPresent(v -> versions.put("schema", v));
                databases.add(dumped);
            }
            Optional<String> keycloakDb = keycloakDatabase(config);
            if (keycloakDb.isPresent()) {
                try (Connection keycloak = DriverManager.getConnection(keycloakDb.get(), config.keycloakDbUser(), config.keycloakDbPassword())) {
                    databases.add(DatabaseDump.dump(keycloak, KEYCLOAK, partial, false, parts));
                }
            }
            long took = (System.nanoTime() - begin) / 1_000_000;
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, created, took, versions, databases, parts);
            manifest.write(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("could not write the backup to " + partial + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keycloak's database when the stack runs Keycloak itself (its realm, users and credentials); empty when OIDC_ISSUER
     * names an external Keycloak, which is backed up by whoever runs it.
     */
    static Optional<String> keycloakDatabase(StackConfig config) {
        if (!config.embeddedKeycloak()) {
            return Optional.empty();
        }
        if (config.keycloakDbUrl().isPresent()) {
            return config.keycloakDbUrl();
        }
        return config.embeddedPostgres() ? Optional.of(config.postgresUrl(KEYCLOAK)) : Optional.empty();
    }
}
