package vn.hoalac.portal.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Starts the whole portal on embedded defaults: PostgreSQL, Keycloak with the realm of keycloak-realm/,
 * tika-server and Payara Micro with the WAR and payara-config/. Parts configured as external services
 * (README.md, "Configuration") are not started. {@link #close()} stops every process it started.
 *
 * <p>{@code ./mvnw -Pstart} runs {@link #main}; the integration tests call {@link #start} with
 * {@link StackConfig#forTests()}, so both go through the same code.
 */
public final class PortalStack implements AutoCloseable {

    public static final List<String[]> DEMO_USERS = List.of(
            new String[] {"bql.soan", "park-manager", "BQL"},
            new String[] {"dhbk.gopy", "university-reviewer", "DHBK"},
            new String[] {"dhqg.gopy", "university-reviewer", "DHQGHN"},
            new String[] {"hvnn.gopy", "university-reviewer", "HVNN"},
            new String[] {"bcd.pheduyet", "committee-approver", "BCD07"},
            new String[] {"quantri", "admin", "BQL"});
    public static final String DEMO_PASSWORD = "demo123";

    private final StackConfig config;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private EmbeddedPostgres postgres;
    private ManagedProcess keycloak;
    private ManagedProcess tika;
    private ManagedProcess payara;

    private PortalStack(StackConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        PortalStack stack = new PortalStack(StackConfig.forDevelopment());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping every process the portal started ...");
            stack.close();
            log("stopped.");
        }, "portal-stack-shutdown"));
        try {
            stack.boot();
        } catch (RuntimeException e) {
            System.err.println("\n[portal] could not start: " + e.getMessage());
            System.exit(1);
        }
        stack.printBanner(Duration.ofNanos(System.nanoTime() - begin));
        Thread.currentThread().join();
    }

    /** Starts the stack and returns once the portal's readiness check answers UP. */
    public static PortalStack start(StackConfig config) {
        PortalStack stack = new PortalStack(config);
        try {
            stack.boot();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public StackConfig config() {
        return config;
    }

    /** The shared corpus of Vietnamese documents (demo data): -Dcorpus.dir, or ../shared/corpus beside the project. */
    private Path corpusDir() {
        String dir = System.getProperty("corpus.dir");
        return dir != null ? Path.of(dir) : config.projectDir().resolve("../shared/corpus").normalize();
    }

    /** Process ids of what this stack started, by part (for the memory figures in docs/benchmarks.md). */
    public Map<String, Long> pids() {
        return Map.copyOf(pids);
    }

    private void boot() {
        try {
            if (!Files.isRegularFile(config.war())) {
                throw new IllegalStateException("the portal WAR is missing at " + config.war() + ": run ./mvnw package first");
            }
            if (config.freshData()) {
                deleteTree(config.dataDir());
            }
            Files.createDirectories(config.dataDir());
            Path logs = logs();
            requireFreePorts();

            if (config.dbUrl().isEmpty()) {
                startPostgres();
            }
            tika = config.tikaUrl().isEmpty() ? startTika(logs) : null;
            payara = startPayara(logs);
            if (config.oidcIssuer().isEmpty()) {
                keycloak = launchKeycloak(logs);
                awaitKeycloak();
            }
            if (tika != null) {
                tika.awaitHttp(config.tika() + "/version", s -> s == 200, Duration.ofMinutes(3));
                log("tika-server ready at " + config.tika());
            }
            payara.awaitHttp(config.portalUrl() + "/health/ready", s -> s == 200, Duration.ofMinutes(5));
            log("portal ready at " + config.portalUrl());
            if (config.oidcIssuer().isEmpty()) { // the demo realm with its demo users
                new DemoPlan(config, corpusDir()).seedIfMissing();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
    }

    /** Fails fast, and clearly, when a port is taken (another portal still running, another service). */
    private void requireFreePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PORTAL_PORT", config.portalPort());
        if (config.dbUrl().isEmpty()) {
            ports.put("POSTGRES_PORT", config.postgresPort());
        }
        if (config.oidcIssuer().isEmpty()) {
            ports.put("KEYCLOAK_PORT", config.keycloakPort());
            ports.put("KEYCLOAK_PORT + 1000 (Keycloak management)", config.keycloakManagementPort());
        }
        if (config.tikaUrl().isEmpty()) {
            ports.put("TIKA_PORT", config.tikaPort());
        }
        ports.forEach((name, port) -> {
            try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " (" + name + ") is already in use: is another portal "
                        + "still running? Stop it, or choose other ports with the environment variables in README.md");
            }
        });
    }

    private Path logs() {
        return config.dataDir().resolve("logs");
    }

    private void awaitKeycloak() {
        keycloak.awaitHttp(config.issuer() + "/.well-known/openid-configuration", s -> s == 200, Duration.ofMinutes(6));
        log("Keycloak ready at " + config.issuer());
    }

    /** Stops the embedded PostgreSQL, as an outage would (failure tests). */
    public synchronized void stopDatabase() {
        requireEmbedded(postgres, "PostgreSQL");
        started.remove(postgres);
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log("PostgreSQL stopped");
    }

    /** Starts the embedded PostgreSQL again on the same data after {@link #stopDatabase()}. */
    public synchronized void startDatabase() {
        try {
            startPostgres();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the embedded tika-server, as a crash would (failure tests). */
    public synchronized void killTika() {
        requireEmbedded(tika, "tika-server");
        started.remove(tika);
        tika.close();
        log("tika-server killed");
    }

    /** Starts the embedded tika-server again after {@link #killTika()} and waits until it answers. */
    public synchronized void startTikaAgain() {
        try {
            tika = startTika(logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tika.awaitHttp(config.tika() + "/version", s -> s == 200, Duration.ofMinutes(3));
        log("tika-server ready again at " + config.tika());
    }

    /** Kills the portal (Payara) with SIGKILL, as a crash would: no shutdown hook, no last commit (failure tests). */
    public synchronized void killPortal() {
        started.remove(payara);
        payara.kill();
        log("portal killed");
    }

    /** Starts the portal again after {@link #killPortal()} on the same data and waits until it is ready. */
    public synchronized void startPortalAgain() {
        try {
            payara = startPayara(logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        payara.awaitHttp(config.portalUrl() + "/health/ready", s -> s == 200, Duration.ofMinutes(5));
        log("portal ready again at " + config.portalUrl());
    }

    /** Stops the embedded Keycloak, as an outage would (failure tests). */
    public synchronized void stopKeycloak() {
        requireEmbedded(keycloak, "Keycloak");
        started.remove(keycloak);
        keycloak.close();
        log("Keycloak stopped");
    }

    /** Starts the embedded Keycloak again after {@link #stopKeycloak()} and waits until it answers. */
    public synchronized void startKeycloak() {
        try {
            keycloak = launchKeycloak(logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        awaitKeycloak();
    }

    private static void requireEmbedded(Object part, String name) {
        if (part == null) {
            throw new IllegalStateException(name + " is an external service here; the stack cannot stop it");
        }
    }

    private void startPostgres() throws IOException {
        long begin = System.nanoTime();
        Path dataDirectory = config.dataDir().resolve("postgres");
        postgres = EmbeddedPostgres.builder()
                .setPort(config.postgresPort())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // Unicode case mapping (needed to fold "Đ" and "Ạ" in full-text search) without OS locales
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        started.addLast(postgres); // stopped last, whenever it was (re)started
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + config.postgresPort() + "/postgres", "postgres", "postgres");
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
            createDatabaseIfMissing(s, "keycloak", "postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the embedded PostgreSQL: " + e.getMessage(), e);
        }
        log("PostgreSQL ready on port " + config.postgresPort() + " (data in " + dataDirectory + ") in " + seconds(begin));
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

    private ManagedProcess startTika(Path logs) throws IOException {
        Path jar = runtime("tika-server.jar");
        return track("tika-server", ManagedProcess.start("tika-server",
                List.of(java, "-Xmx512m", "-jar", jar.toString(), "--host", "127.0.0.1", "--port", String.valueOf(config.tikaPort())),
                config.dataDir(), Map.of(), logs));
    }

    private ManagedProcess startPayara(Path logs) throws IOException {
        Path payaraConfig = config.projectDir().resolve("payara-config");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", config.jdbcUrl());
        env.put("DB_USER", config.dbUser());
        env.put("DB_PASSWORD", config.dbPassword());
        env.put("DB_OWNER_USER", config.dbOwner());
        env.put("DB_OWNER_PASSWORD", config.dbOwnerPassword());
        env.put("OIDC_ISSUER", config.issuer());
        env.put("OIDC_CLIENT_ID", config.oidcClientId());
        env.put("OIDC_CLIENT_SECRET", config.oidcClientSecret());
        env.put("TIKA_URL", config.tika());
        // this instance's own search index (derived from the database, rebuilt when missing)
        env.put("SEARCH_INDEX_DIR", config.dataDir().resolve("search-index").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + config.portalHeap(),
                "-Djava.io.tmpdir=" + Files.createDirectories(config.dataDir().resolve("payara-tmp")),
                "-jar", runtime("payara-micro.jar").toString(),
                "--deploy", config.war().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(config.portalPort()),
                "--nocluster",
                "--disablephonehome",
                "--prebootcommandfile", payaraConfig.resolve("pre-boot-commands.asadmin").toString(),
                "--logproperties", payaraConfig.resolve("logging.properties").toString()));
        return track("payara", ManagedProcess.start("payara", command, config.dataDir(), env, logs));
    }

    private ManagedProcess launchKeycloak(Path logs) throws IOException, InterruptedException {
        Path home = installKeycloak();
        Path kc = home.resolve("bin/kc.sh");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        Path marker = home.resolve(".built-for-portal");
        if (!Files.exists(marker)) {
            long begin = System.nanoTime();
            log("building Keycloak once for PostgreSQL (a one-off step of about a minute) ...");
            ManagedProcess build = ManagedProcess.start("keycloak-build",
                    List.of(kc.toString(), "build", "--db=postgres", "--health-enabled=true"), home, env, logs);
            if (build.awaitExit(Duration.ofMinutes(10)) != 0) {
                throw new IllegalStateException("Keycloak's build step failed" + build.tail());
            }
            Files.writeString(marker, "db=postgres health-enabled=true\n");
            log("Keycloak built in " + seconds(begin));
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (Stream<Path> realms = Files.list(config.projectDir().resolve("keycloak-realm"))) {
            for (Path realm : realms.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String dbUrl = System.getenv().getOrDefault("KEYCLOAK_DB_URL", "");
        if (dbUrl.isBlank()) {
            if (config.dbUrl().isPresent()) {
                throw new IllegalStateException("with an external DB_URL, an embedded Keycloak needs KEYCLOAK_DB_URL, "
                        + "KEYCLOAK_DB_USER and KEYCLOAK_DB_PASSWORD (or set OIDC_ISSUER to an external Keycloak)");
            }
            dbUrl = "jdbc:postgresql://localhost:" + config.postgresPort() + "/keycloak";
        }
        env.put("KC_DB_URL", dbUrl);
        env.put("KC_DB_USERNAME", System.getenv().getOrDefault("KEYCLOAK_DB_USER", "postgres"));
        env.put("KC_DB_PASSWORD", System.getenv().getOrDefault("KEYCLOAK_DB_PASSWORD", "postgres"));
        List<String> command = List.of(kc.toString(), "start", "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + config.keycloakPort(),
                "--http-management-port=" + config.keycloakManagementPort(),
                "--hostname=http://localhost:" + config.keycloakPort(),
                "--import-realm");
        return track("keycloak", ManagedProcess.start("keycloak", command, home, env, logs));
    }

    /** Unpacks the Keycloak distribution (from the Maven repository) once into .portal-data/runtime/. */
    private Path installKeycloak() throws IOException {
        Path home = config.keycloakHome();
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        long begin = System.nanoTime();
        Path zip = runtime("keycloak-" + config.keycloakVersion() + ".zip");
        Path staging = Files.createDirectories(home.getParent()).resolve(home.getFileName() + ".unpacking");
        deleteTree(staging);
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
        log("Keycloak " + config.keycloakVersion() + " unpacked in " + seconds(begin));
        return home;
    }

    private Path runtime(String file) {
        Path path = config.runtimeDir().resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: run ./mvnw package first (it copies the server runtimes there)");
        }
        return path;
    }

    private ManagedProcess track(String name, ManagedProcess process) {
        started.push(process);
        pids.put(name, process.pid());
        log(name + " starting (pid " + process.pid() + ", log " + process.log() + ")");
        return process;
    }

    private void printBanner(Duration took) {
        StringBuilder banner = new StringBuilder("\n")
                .append("==============================================================================\n")
                .append(" Cổng điều hành Đề án Khu công nghệ cao Hòa Lạc is running (started in ")
                .append(took.toSeconds()).append(" s)\n\n")
                .append("   Portal:    ").append(config.portalUrl()).append("/\n")
                .append("   Keycloak:  ").append(config.issuer()).append("  (console admin/admin)\n")
                .append("   Health:    ").append(config.portalUrl()).append("/health/ready\n\n")
                .append(" Demo logins (password ").append(DEMO_PASSWORD).append("):\n");
        for (String[] user : DEMO_USERS) {
            banner.append(String.format("   %-14s %-20s %s%n", user[0], user[1], user[2]));
        }
        banner.append("\n Logs in ").append(config.dataDir().resolve("logs")).append(". Press Ctrl-C to stop everything.\n")
                .append("==============================================================================\n");
        System.out.println(banner);
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("[portal] while stopping: " + e);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String seconds(long beginNanos) {
        return String.format("%.1f s", (System.nanoTime() - beginNanos) / 1e9);
    }

    static void log(String message) {
        System.out.println("[portal] " + message);
    }
}
