package vn.hoalac.portal.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the stack, read in one place: ports, folders, versions, flags and the environment variables of
 * README.md ("Configuration"). Every part is embedded unless an environment variable points the portal at an external
 * service. The run command and the integration tests read the same variables; the tests only change the default
 * ports, the data folder and a few of the portal's settings ({@link #TEST_PORTAL_SETTINGS}) so they can run beside a
 * running portal. The parts of the stack read nothing else: no {@code System.getenv} or {@code System.getProperty}
 * outside this class.
 *
 * @param environment the environment every process of the stack is started with (Payara Micro's MicroProfile Config
 *                    reads the portal's settings from it): the launcher's own, over the flavour's defaults
 */
public record StackConfig(
        Path projectDir,
        Path runtimeDir,
        Path war,
        String keycloakVersion,
        Path dataDir,
        Path keycloakHome,
        boolean freshData,
        int portalPort,
        int keycloakPort,
        int postgresPort,
        int tikaPort,
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        String dbOwner,
        String dbOwnerPassword,
        Optional<String> oidcIssuer,
        String oidcClientId,
        String oidcClientSecret,
        Optional<String> tikaUrl,
        String portalHeap,
        Path javaHome,
        Path corpusDir,
        Optional<String> keycloakDbUrl,
        String keycloakDbUser,
        String keycloakDbPassword,
        String keycloakAdminUser,
        String keycloakAdminPassword,
        String keycloakHeap,
        String tikaHeap,
        int smtpPort,
        int imapPort,
        Optional<String> smtpHost,
        Map<String, String> environment) {

    static final String REALM = "hoalac";
    /** The address the embedded services listen on. */
    static final String BIND_HOST = "127.0.0.1";
    /** The embedded PostgreSQL's superuser (it owns Keycloak's database). */
    static final String POSTGRES_SUPERUSER = "postgres";

    /**
     * The portal's settings for the integration tests, over what the environment sets (as failsafe did): a small upload
     * limit (the test of the limit needs no 200 MB file), hostile files given up sooner, agreement statuses refreshed
     * every 2 s, the people directory read from Keycloak every 5 s, mail retried after 1 s doubling to 4 s.
     */
    public static final Map<String, String> TEST_PORTAL_SETTINGS = Map.of(
            "UPLOAD_MAX_BYTES", "5242880",
            "EXTRACTION_TIMEOUT_SECONDS", "60",
            "AGREEMENTS_REFRESH_SECONDS", "2",
            "PEOPLE_SYNC_SECONDS", "5",
            // the mail server's outage test waits seconds, not the production back-off of 30 s doubling to 30 min
            "MAIL_RETRY_FIRST_SECONDS", "1",
            "MAIL_RETRY_MAX_SECONDS", "4",
            "MAIL_POLL_SECONDS", "1",
            // reminders of another day (a progress report due in January) tried on the stack: POST .../run?asOf=
            "JOBS_RUN_AS_OF_ENABLED", "true");

    /** The run command: ports 8080/8180, data kept in .portal-data/ across restarts. */
    public static StackConfig forDevelopment() {
        return from(System.getenv(), 8080, 8180, 5433, 9998, 3025, 3143, "dev", false);
    }

    /** The integration tests: ports 18080/18180, fresh data in target/ each run, {@link #TEST_PORTAL_SETTINGS}. */
    public static StackConfig forTests() {
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        env.putAll(TEST_PORTAL_SETTINGS); // the tests rely on them (5 MB uploads, 2 s agreement refresh): they win
        return from(env, 18080, 18180, 15433, 19998, 13025, 13143, "it", true);
    }

    static StackConfig from(Map<String, String> env, int portal, int keycloak, int postgres, int tika, int smtp, int imap,
                            String flavour, boolean fresh) {
        Path project = Path.of(System.getProperty("stack.projectDir", ".")).toAbsolutePath().normalize();
        Path runtime = Path.of(System.getProperty("stack.runtimeDir", project.resolve("target/stack").toString()));
        Path war = Path.of(System.getProperty("stack.war", project.resolve("target/portal.war").toString()));
        String kcVersion = System.getProperty("stack.keycloakVersion", "26.7.3");
        Path data = fresh ? project.resolve("target/it-data") : project.resolve(".portal-data/" + flavour);
        Path kcHome = project.resolve(".portal-data/runtime/keycloak-" + kcVersion);
        // the shared corpus of Vietnamese documents (demo data, tests): -Dcorpus.dir, or ../shared/corpus beside the project
        String corpus = System.getProperty("corpus.dir");
        Path corpusDir = corpus != null ? Path.of(corpus) : project.resolve("../shared/corpus").normalize();
        return new StackConfig(project, runtime, war, kcVersion, data, kcHome, fresh,
                intEnv(env, "PORTAL_PORT", portal),
                intEnv(env, "KEYCLOAK_PORT", keycloak),
                intEnv(env, "POSTGRES_PORT", postgres),
                intEnv(env, "TIKA_PORT", tika),
                opt(env, "DB_URL"),
                env.getOrDefault("DB_USER", "portal_app"),
                env.getOrDefault("DB_PASSWORD", "portal_app"),
                // an external database with a single account: that account both owns and uses the schema
                env.getOrDefault("DB_OWNER_USER", opt(env, "DB_URL").isPresent() ? env.getOrDefault("DB_USER", "portal_app") : "portal"),
                env.getOrDefault("DB_OWNER_PASSWORD", opt(env, "DB_URL").isPresent() ? env.getOrDefault("DB_PASSWORD", "portal_app") : "portal"),
                opt(env, "OIDC_ISSUER"),
                env.getOrDefault("OIDC_CLIENT_ID", "portal"),
                env.getOrDefault("OIDC_CLIENT_SECRET", "portal-dev-secret"),
                opt(env, "TIKA_URL"),
                env.getOrDefault("PORTAL_HEAP", "768m"),
                Path.of(System.getProperty("java.home")),
                corpusDir,
                opt(env, "KEYCLOAK_DB_URL"),
                env.getOrDefault("KEYCLOAK_DB_USER", POSTGRES_SUPERUSER),
                env.getOrDefault("KEYCLOAK_DB_PASSWORD", "postgres"),
                "admin",
                "admin",
                "-Xms64m -Xmx512m",
                "512m",
                intEnv(env, "SMTP_PORT", smtp),
                intEnv(env, "IMAP_PORT", imap),
                opt(env, "SMTP_HOST"),
                Map.copyOf(env));
    }

    public String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    public String issuer() {
        return oidcIssuer.orElse(keycloakUrl() + "/realms/" + REALM);
    }

    /** The embedded Keycloak's own address (its hostname, the admin console's and the admin API's base). */
    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String jdbcUrl() {
        return dbUrl.orElse(postgresUrl("portal"));
    }

    /** A database of the embedded PostgreSQL. */
    public String postgresUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    public String tika() {
        return tikaUrl.orElse("http://localhost:" + tikaPort);
    }

    public int keycloakManagementPort() {
        return keycloakPort + 1000;
    }

    /** Whether the stack starts each part itself (false: the environment points at an external service). */
    public boolean embeddedPostgres() {
        return dbUrl.isEmpty();
    }

    public boolean embeddedKeycloak() {
        return oidcIssuer.isEmpty();
    }

    public boolean embeddedTika() {
        return tikaUrl.isEmpty();
    }

    /** Whether the stack starts its own mail server (GreenMail); false when SMTP_HOST names a real one. */
    public boolean embeddedMail() {
        return smtpHost.isEmpty();
    }

    /** The SMTP server the portal sends through: SMTP_HOST, or the embedded one. */
    public String smtp() {
        return smtpHost.orElse("localhost");
    }

    /** A setting of the portal as its processes see it (the environment, over the flavour's defaults). */
    public Optional<String> portalSetting(String name) {
        return opt(environment, name);
    }

    /** The java launcher of the JVM running the stack (the servers run on the same JDK). */
    public Path java() {
        return javaHome.resolve("bin/java");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path postgresDataDir() {
        return dataDir.resolve("postgres");
    }

    /** The portal instance's own search index (derived from the database, rebuilt when missing). */
    public Path searchIndexDir() {
        return dataDir.resolve("search-index");
    }

    public Path payaraTmpDir() {
        return dataDir.resolve("payara-tmp");
    }

    /** Payara Micro's pre-boot commands and logging. */
    public Path payaraConfigDir() {
        return projectDir.resolve("payara-config");
    }

    /** The realm files imported into the embedded Keycloak. */
    public Path realmDir() {
        return projectDir.resolve("keycloak-realm");
    }

    /** The server runtimes `./mvnw package` copies next to the WAR. */
    public Path payaraJar() {
        return runtimeDir.resolve("payara-micro.jar");
    }

    public Path tikaJar() {
        return runtimeDir.resolve("tika-server.jar");
    }

    public Path keycloakZip() {
        return runtimeDir.resolve("keycloak-" + keycloakVersion + ".zip");
    }

    private static Optional<String> opt(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private static int intEnv(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }
}
