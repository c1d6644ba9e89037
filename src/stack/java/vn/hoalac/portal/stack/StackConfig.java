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
 * @param portalInstances how many portal instances run (env {@code PORTAL_INSTANCES}, default 1). With 1 nothing changes:
 *                        one Payara Micro on {@link #portalPort()}, no data grid ({@code --nocluster}), no nginx. With
 *                        N &gt; 1: nginx listens on {@link #portalPort()} (the users' and Keycloak's address) and instance
 *                        i (1-based) on {@code portalPort + i}, clustered through Payara's data grid (Hazelcast, tcpip
 *                        members on {@link #hazelcastPort(int)})
 * @param hazelcastPort   the data grid's start port of instance 1 (env {@code HAZELCAST_PORT}, dev 6950, tests 26950);
 *                        instance i uses {@code hazelcastPort + i - 1}
 * @param restoreFrom     a backup to restore into the empty stack before the portal starts (env {@code PORTAL_RESTORE_FROM})
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
        int portalInstances,
        int hazelcastPort,
        Optional<Path> restoreFrom,
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
        return from(System.getenv(), 8080, 8180, 5433, 9998, 3025, 3143, 6950, "dev", false);
    }

    /** The integration tests: ports 18080/18180, fresh data in target/ each run, {@link #TEST_PORTAL_SETTINGS}. */
    public static StackConfig forTests() {
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        env.putAll(TEST_PORTAL_SETTINGS); // the tests rely on them (5 MB uploads, 2 s agreement refresh): they win
        return from(env, 18080, 18180, 15433, 19998, 13025, 13143, 26950, "it", true);
    }

    /**
     * The cluster tests (package {@code vn.hoalac.portal.it.cluster}, failsafe's second execution): two instances behind
     * nginx on 28080 (instances 28081 and 28082), Keycloak 28180, PostgreSQL 25433, tika 29998, SMTP 23025, IMAP 23143,
     * data grid 26950/26951, fresh data in target/it-cluster-data, {@link #TEST_PORTAL_SETTINGS}. When the folder
     * target/it-backup exists (written by the backup test of the normal run), the stack is restored from it
     * ({@code PORTAL_RESTORE_FROM}).
     */
    public static StackConfig forClusterTests() {
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        env.putAll(TEST_PORTAL_SETTINGS);
        env.put("PORTAL_INSTANCES", "2");
        env.remove("PORTAL_RESTORE_FROM");
        Path backup = projectFolder().resolve("target/it-backup");
        if (java.nio.file.Files.isDirectory(backup)) {
            env.put("PORTAL_RESTORE_FROM", backup.toString());
        }
        return from(env, 28080, 28180, 25433, 29998, 23025, 23143, 26950, "it-cluster", true);
    }

    private static Path projectFolder() {
        return Path.of(System.getProperty("stack.projectDir", ".")).toAbsolutePath().normalize();
    }

    static StackConfig from(Map<String, String> env, int portal, int keycloak, int postgres, int tika, int smtp, int imap,
                            int hazelcast, String flavour, boolean fresh) {
        Path project = projectFolder();
        Path runtime = Path.of(System.getProperty("stack.runtimeDir", project.resolve("target/stack").toString()));
        Path war = Path.of(System.getProperty("stack.war", project.resolve("target/portal.war").toString()));
        String kcVersion = System.getProperty("stack.keycloakVersion", "26.7.3");
        // fresh data of the tests in target/<flavour>-data (target/it-data, target/it-cluster-data); kept in .portal-data/
        Path data = fresh ? project.resolve("target/" + flavour + "-data") : project.resolve(".portal-data/" + flavour);
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
                instances(env),
                intEnv(env, "HAZELCAST_PORT", hazelcast),
                opt(env, "PORTAL_RESTORE_FROM").map(Path::of).map(p -> p.toAbsolutePath().normalize()),
                Map.copyOf(env));
    }

    private static int instances(Map<String, String> env) {
        String value = env.getOrDefault("PORTAL_INSTANCES", "1").strip();
        try {
            int n = Integer.parseInt(value.isEmpty() ? "1" : value);
            if (n < 1 || n > 9) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORTAL_INSTANCES must be a number from 1 to 9, not '" + value + "'");
        }
    }

    /**
     * Whether the run command starts a cluster instance again by itself when its process ends (env
     * {@code PORTAL_RESTART_INSTANCES}, default true): a rolling restart is then {@code kill <pid>}, one instance at a
     * time. False for measurements that stop an instance on purpose (ClusterThroughputBenchmark).
     */
    public boolean restartInstances() {
        return !"false".equalsIgnoreCase(environment().getOrDefault("PORTAL_RESTART_INSTANCES", "true").strip());
    }

    /** Whether several portal instances run behind nginx ({@code PORTAL_INSTANCES} &gt; 1). */
    public boolean clustered() {
        return portalInstances > 1;
    }

    /** The HTTP port of instance i (1-based): {@link #portalPort()} itself with one instance, {@code portalPort + i} behind nginx. */
    public int instancePort(int i) {
        checkInstance(i);
        return clustered() ? portalPort + i : portalPort;
    }

    /** The direct address of instance i (not through nginx); with one instance the same as {@link #portalUrl()}. */
    public String instanceUrl(int i) {
        return "http://localhost:" + instancePort(i);
    }

    /** The name of instance i: {@code portal-i} (Payara's {@code --name}, env PORTAL_INSTANCE_NAME, header X-Portal-Instance). */
    public String instanceName(int i) {
        checkInstance(i);
        return "portal-" + i;
    }

    /** The data grid (Hazelcast) port of instance i. */
    public int hazelcastPort(int i) {
        checkInstance(i);
        return hazelcastPort + i - 1;
    }

    /** The data grid's name: one per stack (so a dev cluster and a test cluster on one machine never merge). */
    public String clusterName() {
        return "hoalac-" + portalPort;
    }

    /** The name of instance i's stack part, its log file (logs/NAME.log) and its entry in {@link PortalStack#pids()}. */
    public String instancePartName(int i) {
        checkInstance(i);
        return clustered() ? "payara-" + i : "payara";
    }

    /** Payara's log of instance i (logs/payara.log with one instance, logs/payara-i.log in a cluster). */
    public Path instanceLog(int i) {
        return logDir().resolve(instancePartName(i) + ".log");
    }

    /** The search index of instance i (each instance keeps its own replica; search-index with one instance). */
    public Path searchIndexDir(int i) {
        checkInstance(i);
        return clustered() ? dataDir.resolve("instances/portal-" + i + "/search-index") : dataDir.resolve("search-index");
    }

    /** The temporary folder of instance i's JVM (payara-tmp with one instance). */
    public Path payaraTmpDir(int i) {
        checkInstance(i);
        return clustered() ? dataDir.resolve("instances/portal-" + i + "/payara-tmp") : dataDir.resolve("payara-tmp");
    }

    /** nginx's own folder: the generated nginx.conf, its pid file, temporary folders and error pages (only when clustered). */
    public Path nginxDir() {
        return dataDir.resolve("nginx");
    }

    /** Debian's nginx (package nginx). */
    public Path nginxBinary() {
        return Path.of(environment.getOrDefault("NGINX_BIN", "/usr/sbin/nginx"));
    }

    private void checkInstance(int i) {
        if (i < 1 || i > portalInstances) {
            throw new IllegalArgumentException("no portal instance " + i + " (there are " + portalInstances + ")");
        }
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

    /** The (first) portal instance's own search index (derived from the database, rebuilt when missing). */
    public Path searchIndexDir() {
        return searchIndexDir(1);
    }

    public Path payaraTmpDir() {
        return payaraTmpDir(1);
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
