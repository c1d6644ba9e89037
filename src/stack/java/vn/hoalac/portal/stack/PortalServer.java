package vn.hoalac.portal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One portal instance: Payara Micro deploying the WAR with payara-config/, its settings as environment variables
 * (MicroProfile Config reads them), its own search index and temporary folder. Ready when /health/ready answers 200,
 * i.e. when the database, Keycloak and tika-server answer it too. With one instance it runs alone ({@code --nocluster})
 * on PORTAL_PORT; in a cluster ({@link StackConfig#clustered()}) instance i runs on PORTAL_PORT + i, named
 * {@code portal-i}, joined to the others through Payara's data grid (Hazelcast with a tcpip member list on loopback:
 * multicast does not work there, docs/architecture.md), behind {@link Nginx}.
 */
final class PortalServer extends ServerProcess {

    private final int instance;

    PortalServer(StackConfig config, int instance) {
        super(config, config.instancePartName(instance));
        this.instance = instance;
    }

    int instance() {
        return instance;
    }

    @Override
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (config.clustered()) {
            ports.put("PORTAL_PORT + " + instance + " (" + config.instanceName(instance) + ")", config.instancePort(instance));
            ports.put("HAZELCAST_PORT + " + (instance - 1) + " (data grid of " + config.instanceName(instance) + ")",
                    config.hazelcastPort(instance));
        } else {
            ports.put("PORTAL_PORT", config.portalPort());
        }
        return ports;
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
        env.put("SEARCH_INDEX_DIR", config.searchIndexDir(instance).toString());
        // who this instance is (the X-Portal-Instance header, the cluster members list) and where it is reached directly
        env.put("PORTAL_INSTANCE_NAME", config.instanceName(instance));
        env.put("PORTAL_INSTANCE_URL", config.instanceUrl(instance));
        // the whole heap from the start: with a smaller initial heap G1 sized its marking threshold on that, and under ten
        // sessions ran old-generation cycles every few seconds with pauses of 85 to 312 ms (docs/benchmarks.md, pages)
        List<String> command = new java.util.ArrayList<>(List.of(config.java().toString(), "-Xms" + config.portalHeap(),
                "-Xmx" + config.portalHeap()));
        // extra JVM options for experiments (GC, JFR); whitespace-separated
        String extra = config.environment().getOrDefault("PORTAL_JAVA_OPTS", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of(
                "-Djava.io.tmpdir=" + Files.createDirectories(config.payaraTmpDir(instance)),
                // the data grid runs even with --nocluster; its metrics collector took a tenth of the portal's CPU
                // (docs/benchmarks.md, pages)
                "-Dhazelcast.metrics.enabled=false",
                "-jar", PortalStack.runtime(config.payaraJar()).toString(),
                "--deploy", config.war().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(config.instancePort(instance))));
        command.addAll(clusterFlags());
        command.addAll(List.of(
                "--disablephonehome",
                "--prebootcommandfile", preBootCommands().toString(),
                "--logproperties", config.payaraConfigDir().resolve("logging.properties").toString()));
        return new Launch(command, config.dataDir(), env);
    }

    /**
     * payara-config/pre-boot-commands.asadmin, and for an instance that runs alone the line that keeps its sessions in
     * memory only: with {@code <distributable/>} Payara otherwise stores every session in its (local) data grid after
     * each request and reads it back before the next, serializing all of the session's views both ways; that took 60 %
     * of the portal's CPU under the page benchmark (docs/benchmarks.md, pages), for a replica nobody can use.
     */
    private Path preBootCommands() throws IOException {
        Path shared = config.payaraConfigDir().resolve("pre-boot-commands.asadmin");
        if (config.clustered()) {
            return shared;
        }
        Path alone = config.payaraTmpDir(instance).resolveSibling("pre-boot-commands-alone.asadmin");
        Files.writeString(alone, Files.readString(shared) + "\n# written by the launcher: one instance, sessions in memory\n"
                + "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false\n");
        return alone;
    }

    /**
     * Alone: {@code --nocluster}. In a cluster: its name, the cluster's name and every member's data grid address
     * (tcpip on loopback; a port range in tcpip: fails, and there is no --hzport), bound to loopback, on its own start port.
     */
    private List<String> clusterFlags() {
        if (!config.clustered()) {
            return List.of("--nocluster");
        }
        String members = java.util.stream.IntStream.rangeClosed(1, config.portalInstances())
                .mapToObj(i -> StackConfig.BIND_HOST + ":" + config.hazelcastPort(i))
                .collect(java.util.stream.Collectors.joining(","));
        return List.of(
                "--name", config.instanceName(instance),
                "--clustername", config.clusterName(),
                "--clustermode", "tcpip:" + members,
                "--interfaces", StackConfig.BIND_HOST,
                "--startport", String.valueOf(config.hazelcastPort(instance)));
    }

    @Override
    protected String readyUrl() {
        return config.instanceUrl(instance) + "/health/ready";
    }

    @Override
    protected Duration startTimeout() {
        return Duration.ofMinutes(5);
    }

    @Override
    protected String address() {
        return config.instanceUrl(instance);
    }

    @Override
    protected String label() {
        return config.clustered() ? "portal instance " + config.instanceName(instance) : "portal";
    }
}
