package vn.hoalac.portal.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Starts the whole portal on embedded defaults, one {@link StackPart} per service: {@link Postgres}, {@link MailServer}, {@link TikaServer},
 * the portal on Payara Micro ({@link PortalServer}), {@link KeycloakServer} and the {@link DemoData}. Parts configured
 * as external services (README.md, "Configuration") are not started. {@link #close()} stops every part it started.
 *
 * <p>{@code ./mvnw -Pstart} runs {@link #main}; the integration tests call {@link #start} with
 * {@link StackConfig#forTests()}, so both go through the same code. Every setting comes from {@link StackConfig}.
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
    private final Postgres postgres;
    private final TikaServer tika;
    private final MailServer mail;
    /** The portal instances, instance i at index i - 1 (one unless PORTAL_INSTANCES says more). */
    private final List<PortalServer> portals;
    /** Set by {@link #close}: the supervisor of the run command starts nothing again from then on. */
    private volatile boolean closing;
    /** The load balancer in front of the instances (only when there are several). */
    private final Nginx nginx;
    private final KeycloakServer keycloak;
    private final DemoData demo;
    /** The services, started in this order (the portal deploys, the slowest step, while Keycloak starts), stopped in reverse. */
    private final List<StackPart> startOrder;
    /** The same, awaited in this order: a part that fails is reported as itself, not as a portal that never gets ready. */
    private final List<StackPart> readyOrder;

    private PortalStack(StackConfig config) {
        this.config = config;
        postgres = config.embeddedPostgres() ? new Postgres(config) : null;
        tika = config.embeddedTika() ? new TikaServer(config) : null;
        mail = config.embeddedMail() ? new MailServer(config) : null;
        portals = java.util.stream.IntStream.rangeClosed(1, config.portalInstances())
                .mapToObj(i -> new PortalServer(config, i)).toList();
        nginx = config.clustered() ? new Nginx(config) : null;
        keycloak = config.embeddedKeycloak() ? new KeycloakServer(config) : null;
        // the demo realm with its demo users; a restored stack has its own data instead
        demo = config.embeddedKeycloak() && config.restoreFrom().isEmpty() ? new DemoData(config) : null;
        startOrder = present(java.util.Arrays.asList(postgres, mail, tika), portals, java.util.Arrays.asList(keycloak, nginx));
        readyOrder = present(java.util.Arrays.asList(postgres, mail, keycloak, tika), portals, java.util.Arrays.asList(nginx));
    }

    @SafeVarargs
    private static List<StackPart> present(List<? extends StackPart>... groups) {
        return Stream.of(groups).flatMap(List::stream).filter(Objects::nonNull).map(StackPart.class::cast).toList();
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
        if (stack.config.clustered() && stack.config.restartInstances()) {
            stack.superviseInstances();
        }
        Thread.currentThread().join();
    }

    /** Starts the stack and returns once the portal's readiness check answers UP (and the demo data is seeded). */
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

    /** Process ids of what this stack runs, by part (for the memory figures in docs/benchmarks.md). */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        startOrder.forEach(part -> part.pid().ifPresent(pid -> pids.put(part.name(), pid)));
        return Map.copyOf(pids);
    }

    /** Whether each running part answers now, by name (one probe each, no waiting). */
    public Map<String, Boolean> health() {
        Map<String, Boolean> health = new LinkedHashMap<>();
        startOrder.forEach(part -> health.put(part.name(), part.isReady()));
        if (demo != null) {
            health.put(demo.name(), demo.isReady());
        }
        return health;
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        requireFreePorts();
        for (StackPart part : startOrder) {
            if (part == portals.getFirst()) { // the databases are restored once PostgreSQL runs, before any instance migrates them
                config.restoreFrom().ifPresent(backup -> PortalRestore.restoreIfAsked(config, backup));
            }
            part.start();
        }
        readyOrder.forEach(StackPart::awaitReady);
        if (demo != null) { // through the portal's API: once every service is ready
            demo.start();
            demo.awaitReady();
        }
    }

    /** Fails fast, and clearly, when a port is taken (another portal still running, another service). */
    private void requireFreePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        startOrder.forEach(part -> ports.putAll(part.ports()));
        ports.forEach((name, port) -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(StackConfig.BIND_HOST, port));
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " (" + name + ") is already in use: is another portal "
                        + "still running? Stop it, or choose other ports with the environment variables in README.md");
            }
        });
    }

    /** Stops the embedded PostgreSQL, as an outage would (failure tests). */
    public synchronized void stopDatabase() {
        embedded(postgres, "PostgreSQL").stop();
        log("PostgreSQL stopped");
    }

    /** Starts the embedded PostgreSQL again on the same data after {@link #stopDatabase()}. */
    public synchronized void startDatabase() {
        embedded(postgres, "PostgreSQL").start();
    }

    /** Stops the embedded mail server, as an outage would (its mailboxes stay for {@link #startMailServer()}). */
    public synchronized void stopMailServer() {
        embedded(mail, "the mail server").stop();
        log("mail server stopped");
    }

    /** Starts the embedded mail server again after {@link #stopMailServer()}. */
    public synchronized void startMailServer() {
        restart(embedded(mail, "the mail server"));
    }

    /** Kills the embedded tika-server, as a crash would (failure tests). */
    public synchronized void killTika() {
        embedded(tika, "tika-server").stop();
        log("tika-server killed");
    }

    /** Starts the embedded tika-server again after {@link #killTika()} and waits until it answers. */
    public synchronized void startTikaAgain() {
        restart(embedded(tika, "tika-server"));
    }

    /** Kills the portal (Payara; every instance of a cluster) with SIGKILL, as a crash would: no shutdown hook, no last commit (failure tests). */
    public synchronized void killPortal() {
        portals.forEach(PortalServer::kill);
        log("portal killed");
    }

    /** Starts the portal again after {@link #killPortal()} on the same data and waits until it is ready. */
    public synchronized void startPortalAgain() {
        portals.forEach(StackPart::start);
        portals.forEach(StackPart::awaitReady);
    }

    /** How many portal instances run ({@link StackConfig#portalInstances()}). */
    public int instances() {
        return portals.size();
    }

    /** The direct address of instance i (1-based), not through nginx. */
    public String instanceUrl(int i) {
        return config.instanceUrl(i);
    }

    /**
     * Whether instance i's JVM runs (it was started and has not been killed or stopped, nor ended by itself). One that
     * ended by itself is forgotten, so that it can be started again, and its exit code is logged.
     */
    public boolean instanceRunning(int i) {
        PortalServer instance = instance(i);
        synchronized (instance) {
            java.util.OptionalInt code = instance.ended();
            code.ifPresent(c -> log(config.instanceName(i) + " had ended by itself (exit code " + c + ")"));
            return code.isEmpty() && instance.pid().isPresent();
        }
    }

    /** Whether instance i answers its /health/ready with 200 now. */
    public boolean instanceReady(int i) {
        return instance(i).isReady();
    }

    /** The process id of instance i's JVM; fails when it is not running. */
    public long instancePid(int i) {
        return instance(i).pid().orElseThrow(() -> new IllegalStateException(config.instanceName(i) + " is not running"));
    }

    /** Kills instance i with SIGKILL, as a crash would (no shutdown hook, no last commit); returns once the process is gone. */
    public void killInstance(int i) {
        PortalServer instance = instance(i);
        synchronized (instance) {
            instance.kill();
        }
        log(config.instanceName(i) + " killed");
    }

    /**
     * Stops instance i as an operator would (SIGTERM: it drains, answering 503 on /health/ready and pages, and leaves the
     * data grid); returns once the process is gone (a rolling restart: {@code stopInstance(i)}, then {@link #startInstance}).
     */
    public void stopInstance(int i) {
        PortalServer instance = instance(i);
        synchronized (instance) {
            instance.stop();
        }
        log(config.instanceName(i) + " stopped");
    }

    /** Starts instance i again (after {@link #killInstance} or {@link #stopInstance}) and returns once its /health/ready answers 200. */
    public void startInstance(int i) {
        PortalServer instance = instance(i);
        synchronized (this) { // not while close() stops everything: nothing would stop it then
            if (closing) {
                throw new IllegalStateException("the stack is stopping");
            }
            if (nginx != null) {
                nginx.holdOut(i, true); // until it is ready: Payara Micro answers 404 while it deploys, empty 500s while it loads
            }
            synchronized (instance) {
                instance.start();
            }
        }
        instance.awaitReady();
        if (nginx != null) {
            nginx.holdOut(i, false);
        }
    }

    /**
     * Watches the instances (every 2 s) and starts one again when its process has ended, held out of nginx until its
     * /health/ready answers 200 ({@link #startInstance}): Payara Micro answers 404 while it deploys and empty 500s while
     * the application loads, which nginx would pass on. A rolling restart is then {@code kill <pid>}, one instance at a
     * time (README). Only the run command does this; tests stop and start instances themselves.
     */
    void superviseInstances() {
        Thread watcher = new Thread(() -> {
            java.util.Set<Integer> pending = new java.util.TreeSet<>();
            while (!closing) {
                for (int i = 1; i <= portals.size() && !closing; i++) {
                    PortalServer instance = instance(i);
                    java.util.OptionalInt code;
                    synchronized (instance) {
                        code = instance.ended();
                    }
                    if (code.isPresent()) {
                        log(config.instanceName(i) + " ended (exit code " + code.getAsInt() + "): starting it again; nginx sends it "
                                + "nothing until it is ready");
                        pending.add(i);
                    }
                    if (pending.contains(i) && !closing) {
                        try {
                            startInstance(i);
                            pending.remove(i);
                        } catch (RuntimeException e) {
                            log(config.instanceName(i) + " did not start again: " + e.getMessage() + " (next try in 2 s)");
                            synchronized (instance) {
                                instance.stop();
                            }
                        }
                    }
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "portal-instance-supervisor");
        watcher.setDaemon(true);
        watcher.start();
    }

    private PortalServer instance(int i) {
        if (i < 1 || i > portals.size()) {
            throw new IllegalArgumentException("no portal instance " + i + " (there are " + portals.size() + ")");
        }
        return portals.get(i - 1);
    }

    /** Stops the embedded Keycloak, as an outage would (failure tests). */
    public synchronized void stopKeycloak() {
        embedded(keycloak, "Keycloak").stop();
        log("Keycloak stopped");
    }

    /** Starts the embedded Keycloak again after {@link #stopKeycloak()} and waits until it answers. */
    public synchronized void startKeycloak() {
        restart(embedded(keycloak, "Keycloak"));
    }

    private static void restart(StackPart part) {
        part.start();
        part.awaitReady();
    }

    private static <P extends StackPart> P embedded(P part, String name) {
        if (part == null) {
            throw new IllegalStateException(name + " is an external service here; the stack cannot stop it");
        }
        return part;
    }

    private void printBanner(Duration took) {
        StringBuilder banner = new StringBuilder("\n")
                .append("==============================================================================\n")
                .append(" Cổng điều hành Đề án Khu công nghệ cao Hòa Lạc is running (started in ")
                .append(took.toSeconds()).append(" s)\n\n")
                .append("   Portal:    ").append(config.portalUrl()).append("/").append(config.clustered()
                        ? "  (nginx, in front of " + config.portalInstances() + " instances)" : "").append("\n");
        for (int i = 1; config.clustered() && i <= config.portalInstances(); i++) {
            banner.append("   ").append(String.format("%-11s", config.instanceName(i) + ":")).append(config.instanceUrl(i))
                    .append("/  (log ").append(config.instanceLog(i)).append(")\n");
        }
        banner
                .append("   Keycloak:  ").append(config.issuer()).append("  (console ")
                .append(config.keycloakAdminUser()).append('/').append(config.keycloakAdminPassword()).append(")\n")
                .append("   Health:    ").append(config.portalUrl()).append("/health/ready\n");
        if (config.embeddedMail()) {
            banner.append("   Mail:      SMTP localhost:").append(config.smtpPort()).append(", IMAP localhost:")
                    .append(config.imapPort()).append(" (login: the address, e.g. dhbk.gopy@hoalac.demo; any password)\n");
        }
        banner.append('\n')
                .append(" Demo logins (password ").append(DEMO_PASSWORD).append("):\n");
        for (String[] user : DEMO_USERS) {
            banner.append(String.format("   %-14s %-20s %s%n", user[0], user[1], user[2]));
        }
        banner.append("\n Logs in ").append(config.logDir()).append(". Press Ctrl-C to stop everything.\n")
                .append("==============================================================================\n");
        System.out.println(banner);
    }

    /** Stops every part, the last started first (PostgreSQL last, whenever it was restarted). */
    @Override
    public synchronized void close() {
        closing = true;
        List<StackPart> reversed = new ArrayList<>(startOrder);
        Collections.reverse(reversed);
        for (StackPart part : reversed) {
            try {
                part.stop();
            } catch (RuntimeException e) {
                System.err.println("[portal] while stopping " + part.name() + ": " + e);
            }
        }
    }

    /** A server runtime `./mvnw package` copies next to the WAR; fails clearly when it is not there. */
    static Path runtime(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: run ./mvnw package first (it copies the server runtimes there)");
        }
        return path;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String seconds(long beginNanos) {
        return String.format("%.1f s", (System.nanoTime() - beginNanos) / 1e9);
    }

    static void log(String message) {
        System.out.println("[portal] " + message);
    }
}
