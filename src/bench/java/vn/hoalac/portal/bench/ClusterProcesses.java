package vn.hoalac.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The processes of a running stack as the cluster benchmarks see them from outside, through /proc (Linux): the portal
 * instances (Payara Micro on {@code PORTAL_PORT + i}, or on {@code PORTAL_PORT} itself when one instance runs without
 * nginx), nginx, PostgreSQL, Keycloak and tika-server of the same project folder; their CPU time, resident memory and
 * open files; the portal's heap after a full GC (jcmd); and an instance killed with SIGKILL and started again with the
 * same command line, environment, folder and log file it had (what the run command did when it started it).
 */
final class ClusterProcesses {

    /** Clock ticks per second of /proc/PID/stat (USER_HZ, getconf CLK_TCK: 100 on Linux). */
    static final long TICKS = 100;
    private static final Pattern PORT = Pattern.compile("--port (\\d+)");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");
    private static final Pattern USED = Pattern.compile("garbage-first heap\\s+total reserved \\d+K, committed (\\d+)K, used (\\d+)K");

    private ClusterProcesses() {
    }

    /** The java launcher whose jcmd is used (the JDK running the benchmark). */
    static Path jcmd() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd");
    }

    /** One portal instance: its number (1-based, 0 for a single instance without nginx), port, pid and how it was started. */
    record Instance(int number, int port, long pid, List<String> command, Map<String, String> environment, Path workDir,
                    Optional<Path> log) {

        String url() {
            return "http://localhost:" + port;
        }

        String name() {
            return number == 0 ? "portal" : "portal-" + number;
        }

        /** The project folder: where the deployed WAR's target/ folder is. */
        String project() {
            int deploy = command.indexOf("--deploy");
            if (deploy >= 0 && deploy + 1 < command.size()) {
                Path war = Path.of(command.get(deploy + 1)).toAbsolutePath();
                if (war.getParent() != null && war.getParent().getParent() != null) {
                    return war.getParent().getParent().toString();
                }
            }
            return workDir.toString();
        }

        /** Kills it with SIGKILL, as a crash would, and returns once the process is gone. */
        void kill() throws InterruptedException {
            ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name() + " is not running"));
            handle.destroyForcibly();
            handle.onExit().completeOnTimeout(handle, 30, TimeUnit.SECONDS).join();
        }

        /** Stops it with SIGTERM (Payara's orderly shutdown: it leaves the data grid) and waits until it is gone. */
        void stop() {
            ProcessHandle.of(pid).ifPresent(h -> {
                h.destroy();
                h.onExit().completeOnTimeout(h, 60, TimeUnit.SECONDS).join();
                if (h.isAlive()) {
                    h.destroyForcibly();
                }
            });
        }

        /**
         * Starts the same command again (same environment, folder, and log file appended to; when the log is not known,
         * {@code fallbackLog}). The new process is a child of this JVM but outlives it: stop it by its pid.
         */
        Instance startAgain(Path fallbackLog) throws IOException {
            Path out = log.orElse(fallbackLog);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process p = builder.start();
            return new Instance(number, port, p.pid(), command, environment, workDir, Optional.of(out));
        }

        long logSize() {
            try {
                return log.isPresent() ? Files.size(log.get()) : 0;
            } catch (IOException e) {
                return 0;
            }
        }

        /** Whether the log, from byte {@code offset} on, holds {@code text}. */
        boolean logSays(long offset, String text) {
            if (log.isEmpty()) {
                return false;
            }
            try (var in = Files.newInputStream(log.get())) {
                in.skipNBytes(Math.min(offset, Files.size(log.get())));
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(text);
            } catch (IOException e) {
                return false;
            }
        }
    }

    /**
     * The portal instances of the stack whose users' address is on {@code portalPort}: Payara Micro processes on
     * portalPort + 1 .. + 9 (a cluster behind nginx), else the one on portalPort itself. Ordered by number.
     */
    static List<Instance> instances(int portalPort) throws IOException {
        List<Instance> found = new ArrayList<>();
        Instance single = null;
        for (long pid : pids()) {
            String cmd = cmdline(pid);
            if (!cmd.contains("payara-micro")) {
                continue;
            }
            Matcher m = PORT.matcher(cmd);
            if (!m.find()) {
                continue;
            }
            int port = Integer.parseInt(m.group(1));
            if (port > portalPort && port <= portalPort + 9) {
                found.add(describe(port - portalPort, port, pid));
            } else if (port == portalPort) {
                single = describe(0, port, pid);
            }
        }
        if (found.isEmpty() && single != null) {
            found.add(single);
        }
        found.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return found;
    }

    /** The instance with this number, waiting up to a minute for it to appear (after a restart by someone else). */
    static Instance instance(int portalPort, int number) throws IOException {
        return instances(portalPort).stream().filter(i -> i.number() == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("no portal instance " + number + " behind port " + portalPort));
    }

    private static Instance describe(int number, int port, long pid) throws IOException {
        Path proc = Path.of("/proc", String.valueOf(pid));
        List<String> command = List.of(new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0"));
        Map<String, String> env = new LinkedHashMap<>();
        for (String pair : new String(Files.readAllBytes(proc.resolve("environ")), StandardCharsets.UTF_8).split("\0")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                env.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        Path cwd = Files.readSymbolicLink(proc.resolve("cwd"));
        Optional<Path> log = Optional.empty();
        try {
            Path out = Files.readSymbolicLink(proc.resolve("fd/1"));
            if (out.isAbsolute() && Files.isRegularFile(out)) {
                log = Optional.of(out);
            }
        } catch (IOException e) {
            // no stdout file
        }
        return new Instance(number, port, pid, command, env, cwd, log);
    }

    /**
     * The other processes of the same stack, by part: roots found by their command line (the project folder of the
     * instances, the ports), each with all its descendants (PostgreSQL's backends, nginx's workers, tika's forked child).
     */
    static Map<String, List<Long>> parts(List<Instance> instances, int keycloakPort, int tikaPort, int postgresPort) throws IOException {
        Map<String, List<Long>> parts = new LinkedHashMap<>();
        for (Instance i : instances) {
            parts.put(i.name(), List.of(i.pid()));
        }
        String project = instances.isEmpty() ? "/nowhere" : instances.get(0).project();
        List<Long> nginx = new ArrayList<>();
        List<Long> postgres = new ArrayList<>();
        List<Long> keycloak = new ArrayList<>();
        List<Long> tika = new ArrayList<>();
        for (long pid : pids()) {
            String cmd = cmdline(pid);
            if (cmd.startsWith("nginx: master") || cmd.contains("nginx") && cmd.contains(project)) {
                if (nginxOfProject(pid, project) && ProcessHandle.of(pid).flatMap(ProcessHandle::parent)
                        .map(parent -> !cmdline(parent.pid()).startsWith("nginx")).orElse(true)) {
                    nginx.add(pid);
                }
            } else if (cmd.contains("/bin/postgres ") && cmd.contains("-p " + postgresPort + " ")) {
                postgres.add(pid);
            } else if (cmd.contains("io.quarkus") && cmd.contains("--http-port=" + keycloakPort)) {
                keycloak.add(pid);
            } else if (cmd.contains("tika-server.jar") && cmd.contains("--port " + tikaPort)) {
                tika.add(pid);
            }
        }
        parts.put("nginx", withDescendants(nginx));
        parts.put("postgresql", withDescendants(postgres));
        parts.put("keycloak", withDescendants(keycloak));
        parts.put("tika-server", withDescendants(tika));
        parts.put("load generator (this JVM)", List.of(ProcessHandle.current().pid()));
        return parts;
    }

    /** An nginx master belongs to the stack when its command line or working folder names the project's folder. */
    private static boolean nginxOfProject(long pid, String project) {
        try {
            String cmd = cmdline(pid);
            if (cmd.contains(project)) {
                return true;
            }
            return Files.readSymbolicLink(Path.of("/proc", String.valueOf(pid), "cwd")).toString().startsWith(project);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Long> withDescendants(List<Long> roots) {
        List<Long> all = new ArrayList<>(roots);
        for (long root : roots) {
            ProcessHandle.of(root).ifPresent(h -> h.descendants().forEach(d -> all.add(d.pid())));
        }
        return all.stream().distinct().toList();
    }

    /** utime + stime of the processes now alive in the list (fields 14 and 15 of /proc/PID/stat), in ticks. */
    static long cpuTicks(List<Long> pids) {
        long sum = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException e) {
                // ended meanwhile
            }
        }
        return sum;
    }

    /** CPU ticks of every part now, to compare with a later reading. */
    static Map<String, Long> cpu(Map<String, List<Long>> parts) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        parts.forEach((name, pids) -> ticks.put(name, cpuTicks(pids)));
        return ticks;
    }

    /** Per part, % of one core between two readings over {@code seconds}; also the machine's idle share. */
    static Map<String, Double> cpuPercent(Map<String, Long> before, Map<String, Long> after, double seconds) {
        Map<String, Double> percent = new LinkedHashMap<>();
        before.forEach((name, t) -> percent.put(name, 100.0 * (after.getOrDefault(name, t) - t) / TICKS / seconds));
        return percent;
    }

    /** The machine's CPU ticks: [busy, total] from the first line of /proc/stat (every core). */
    static long[] machineTicks() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[] {total - idle, total};
    }

    /** VmRSS in MB (0 when the process is gone). */
    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            // gone
        }
        return 0;
    }

    static double rssMb(List<Long> pids) {
        return pids.stream().mapToDouble(ClusterProcesses::rssMb).sum();
    }

    /** Open file descriptors of a process (sockets, files, pipes). */
    static int openFiles(long pid) {
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            return (int) fds.count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Threads of a process. */
    static int threads(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("Threads:")) {
                    return Integer.parseInt(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException e) {
            // gone
        }
        return -1;
    }

    /**
     * The live heap, in MB: the total of {@code jcmd PID GC.class_histogram}, which runs a full GC first and then counts
     * what survived, in the same safepoint. (GC.run followed by GC.heap_info is not that: under load the young
     * generation fills again in the second between the two commands, and "used" read 135 to 396 MB for a live set of
     * ~125 MB.) -1 when jcmd could not say.
     */
    static double heapAfterFullGcMb(long pid) {
        try {
            Matcher m = TOTAL.matcher(run(jcmd().toString(), String.valueOf(pid), "GC.class_histogram"));
            return m.find() ? Long.parseLong(m.group(1)) / 1024.0 / 1024.0 : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    /** The heap used now (no GC), in MB. */
    static double heapUsedMb(long pid) throws IOException, InterruptedException {
        Matcher m = USED.matcher(run(jcmd().toString(), String.valueOf(pid), "GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(2)) / 1024.0 : -1;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    /**
     * Connections to the portal's database by user and state (pg_stat_activity): the portal's pools are the
     * {@code portal_app} connections (the default DB_USER). Through -Ddb (default the stack's PostgreSQL on
     * -Ddb.port, 5433), as -Ddb.user (default postgres, the embedded server's superuser, which sees every row).
     */
    static Map<String, Integer> databaseConnections() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(dbUrl(), System.getProperty("db.user", "postgres"),
                System.getProperty("db.password", "postgres")); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT coalesce(usename, '?') || ' ' || coalesce(state, '?'), count(*) FROM pg_stat_activity
                     WHERE datname = 'portal' AND backend_type = 'client backend' AND pid <> pg_backend_pid()
                     GROUP BY 1 ORDER BY 1""")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        } catch (Exception e) {
            counts.put("error: " + e.getMessage(), -1);
        }
        return counts;
    }

    static String dbUrl() {
        return System.getProperty("db", "jdbc:postgresql://localhost:" + Integer.getInteger("db.port", 5433) + "/portal");
    }

    static List<Long> pids() throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+")).map(Long::valueOf).toList();
        }
    }

    static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    /** The status of an URL now, or -1 when nothing answered (timeout 2 s). */
    static int status(String url) {
        try {
            return BenchHttp.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The port of an URL like http://localhost:8080. */
    static int port(String url) {
        return URI.create(url).getPort();
    }
}
