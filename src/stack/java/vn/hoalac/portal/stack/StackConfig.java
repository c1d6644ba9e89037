package vn.hoalac.portal.stack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where each part of the stack lives. Every part is embedded unless an environment variable points the portal
 * at an external service (see the table in README.md). The run command and the integration tests read the same
 * variables; the tests only change the default ports and data folder so they can run beside a running portal.
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
        String portalHeap) {

    static final String REALM = "hoalac";

    /** The run command: ports 8080/8180, data kept in .portal-data/ across restarts. */
    public static StackConfig forDevelopment() {
        return from(System.getenv(), 8080, 8180, 5433, 9998, "dev", false);
    }

    /** The integration tests: ports 18080/18180, fresh data in target/ each run. */
    public static StackConfig forTests() {
        return from(System.getenv(), 18080, 18180, 15433, 19998, "it", true);
    }

    static StackConfig from(Map<String, String> env, int portal, int keycloak, int postgres, int tika,
                            String flavour, boolean fresh) {
        Path project = Path.of(System.getProperty("stack.projectDir", ".")).toAbsolutePath().normalize();
        Path runtime = Path.of(System.getProperty("stack.runtimeDir", project.resolve("target/stack").toString()));
        Path war = Path.of(System.getProperty("stack.war", project.resolve("target/portal.war").toString()));
        String kcVersion = System.getProperty("stack.keycloakVersion", "26.7.3");
        Path data = fresh ? project.resolve("target/it-data") : project.resolve(".portal-data/" + flavour);
        Path kcHome = project.resolve(".portal-data/runtime/keycloak-" + kcVersion);
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
                env.getOrDefault("PORTAL_HEAP", "768m"));
    }

    public String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    public String issuer() {
        return oidcIssuer.orElse("http://localhost:" + keycloakPort + "/realms/" + REALM);
    }

    public String jdbcUrl() {
        return dbUrl.orElse("jdbc:postgresql://localhost:" + postgresPort + "/portal");
    }

    public String tika() {
        return tikaUrl.orElse("http://localhost:" + tikaPort);
    }

    public int keycloakManagementPort() {
        return keycloakPort + 1000;
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
