package vn.hoalac.portal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal: Payara Micro deploying the WAR with payara-config/, its settings as environment variables (MicroProfile
 * Config reads them), its own search index and temporary folder. Ready when /health/ready answers 200, i.e. when the
 * database, Keycloak and tika-server answer it too.
 */
final class PortalServer extends ServerProcess {

    PortalServer(StackConfig config) {
        super(config, "payara");
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("PORTAL_PORT", config.portalPort());
    }

    @Override
    protected Launch launch() throws IOException {
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
        // the mail server (SMTP_USER, SMTP_PASSWORD, SMTP_FROM, SMTP_TLS pass through from the environment as they are)
        env.put("SMTP_HOST", config.smtp());
        env.put("SMTP_PORT", String.valueOf(config.smtpPort()));
        // the links in e-mails: PORTAL_BASE_URL when set, this portal's own address otherwise
        env.put("PORTAL_BASE_URL", config.portalSetting("PORTAL_BASE_URL").orElse(config.portalUrl()));
        // this instance's own search index (derived from the database, rebuilt when missing)
        env.put("SEARCH_INDEX_DIR", config.searchIndexDir().toString());
        List<String> command = List.of(config.java().toString(), "-Xmx" + config.portalHeap(),
                "-Djava.io.tmpdir=" + Files.createDirectories(config.payaraTmpDir()),
                // the data grid runs even with --nocluster; its metrics collector took a tenth of the portal's CPU
                // (docs/benchmarks.md, pages)
                "-Dhazelcast.metrics.enabled=false",
                "-jar", PortalStack.runtime(config.payaraJar()).toString(),
                "--deploy", config.war().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(config.portalPort()),
                "--nocluster",
                "--disablephonehome",
                "--prebootcommandfile", config.payaraConfigDir().resolve("pre-boot-commands.asadmin").toString(),
                "--logproperties", config.payaraConfigDir().resolve("logging.properties").toString());
        return new Launch(command, config.dataDir(), env);
    }

    @Override
    protected String readyUrl() {
        return config.portalUrl() + "/health/ready";
    }

    @Override
    protected Duration startTimeout() {
        return Duration.ofMinutes(5);
    }

    @Override
    protected String address() {
        return config.portalUrl();
    }

    @Override
    protected String label() {
        return "portal";
    }
}
