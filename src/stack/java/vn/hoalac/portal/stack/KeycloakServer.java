package vn.hoalac.portal.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The embedded Keycloak with the realm of keycloak-realm/, its data in the embedded PostgreSQL (or KEYCLOAK_DB_URL).
 * The distribution is unpacked once from the Maven repository into .portal-data/runtime/ and built once for
 * PostgreSQL (a one-off step of about a minute); each start imports the realm when it is not there yet, and copies
 * the portal's login theme (keycloak-realm/themes/hoalac) into the distribution's themes/ folder, where Keycloak finds
 * it without a build step (the realm file selects it; it is not made the server's default theme, which would apply to
 * the account and admin consoles too, and they have no such theme).
 */
final class KeycloakServer extends ServerProcess {

    KeycloakServer(StackConfig config) {
        super(config, "keycloak");
    }

    @Override
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("KEYCLOAK_PORT", config.keycloakPort());
        ports.put("KEYCLOAK_PORT + 1000 (Keycloak management)", config.keycloakManagementPort());
        return ports;
    }

    @Override
    protected Launch launch() throws IOException, InterruptedException {
        Path home = install();
        Path kc = home.resolve("bin/kc.sh");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", config.javaHome().toString());
        env.put("JAVA_OPTS_KC_HEAP", config.keycloakHeap());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", config.keycloakAdminUser());
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", config.keycloakAdminPassword());
        buildOnce(home, kc, env);
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (Stream<Path> realms = Files.list(config.realmDir())) {
            for (Path realm : realms.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        installThemes(home);
        env.put("KC_DB_URL", databaseUrl());
        env.put("KC_DB_USERNAME", config.keycloakDbUser());
        env.put("KC_DB_PASSWORD", config.keycloakDbPassword());
        List<String> command = List.of(kc.toString(), "start", "--optimized",
                "--http-enabled=true",
                "--http-host=" + StackConfig.BIND_HOST,
                "--http-port=" + config.keycloakPort(),
                "--http-management-port=" + config.keycloakManagementPort(),
                "--hostname=" + config.keycloakUrl(),
                "--import-realm");
        return new Launch(command, home, env);
    }

    /** Replaces the distribution's copy of each theme of keycloak-realm/themes/ with the project's own. */
    private void installThemes(Path home) throws IOException {
        Path source = config.realmDir().resolve("themes");
        if (!Files.isDirectory(source)) {
            return;
        }
        Path themes = Files.createDirectories(home.resolve("themes"));
        try (Stream<Path> folders = Files.list(source)) {
            for (Path theme : folders.filter(Files::isDirectory).toList()) {
                Path target = themes.resolve(theme.getFileName().toString());
                PortalStack.deleteTree(target);
                try (Stream<Path> files = Files.walk(theme)) {
                    for (Path file : files.toList()) {
                        Path copy = target.resolve(theme.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(copy);
                        } else {
                            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    private String databaseUrl() {
        if (config.keycloakDbUrl().isPresent()) {
            return config.keycloakDbUrl().get();
        }
        if (!config.embeddedPostgres()) {
            throw new IllegalStateException("with an external DB_URL, an embedded Keycloak needs KEYCLOAK_DB_URL, "
                    + "KEYCLOAK_DB_USER and KEYCLOAK_DB_PASSWORD (or set OIDC_ISSUER to an external Keycloak)");
        }
        return config.postgresUrl("keycloak");
    }

    /** Keycloak's build step for PostgreSQL with health checks, once per unpacked distribution. */
    private void buildOnce(Path home, Path kc, Map<String, String> env) throws IOException, InterruptedException {
        Path marker = home.resolve(".built-for-portal");
        if (Files.exists(marker)) {
            return;
        }
        long begin = System.nanoTime();
        PortalStack.log("building Keycloak once for PostgreSQL (a one-off step of about a minute) ...");
        ManagedProcess build = ManagedProcess.start("keycloak-build",
                List.of(kc.toString(), "build", "--db=postgres", "--health-enabled=true"), home, environment(env), config.logDir());
        if (build.awaitExit(Duration.ofMinutes(10)) != 0) {
            throw new IllegalStateException("Keycloak's build step failed" + build.tail());
        }
        Files.writeString(marker, "db=postgres health-enabled=true\n");
        PortalStack.log("Keycloak built in " + PortalStack.seconds(begin));
    }

    /** Unpacks the Keycloak distribution (from the Maven repository) once into .portal-data/runtime/. */
    private Path install() throws IOException {
        Path home = config.keycloakHome();
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        long begin = System.nanoTime();
        Path zip = PortalStack.runtime(config.keycloakZip());
        Path staging = Files.createDirectories(home.getParent()).resolve(home.getFileName() + ".unpacking");
        PortalStack.deleteTree(staging);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                // entries are "keycloak-<version>/..."; drop that first folder
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path target = staging.resolve(name).normalize();
                if (name.isEmpty() || !target.startsWith(staging)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (name.endsWith(".sh")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        PortalStack.log("Keycloak " + config.keycloakVersion() + " unpacked in " + PortalStack.seconds(begin));
        return home;
    }

    @Override
    protected String readyUrl() {
        return config.issuer() + "/.well-known/openid-configuration";
    }

    @Override
    protected Duration startTimeout() {
        return Duration.ofMinutes(6);
    }

    @Override
    protected String address() {
        return config.issuer();
    }

    @Override
    protected String label() {
        return "Keycloak";
    }
}
