package vn.hoalac.portal.bench;

import vn.hoalac.portal.interfaces.web.notification.NotificationBell;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 14: "the bell's poll at 50 open pages costs under 5 % of one core". Logs in {@code pages} browser sessions
 * through Keycloak's real login form (each its own JSESSIONID, as open tabs of different people), then measures the
 * portal process's CPU time (utime + stime of /proc/PID/stat) twice over the same duration in the same run: first
 * with every session open and idle (the anchor: what the portal costs doing nothing), then with every session polling
 * {@code GET /notifications/unread-count} every {@code interval} seconds as bell.js does (their first polls spread over
 * one interval). Reports both as % of one core, their difference (the poll's cost), the polls made, failed, and their
 * latency. Against a running portal (./mvnw -Pstart):
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.BellPollBenchmark</pre>
 * System properties: pages (default 50), interval (seconds, default NotificationBell.POLL_SECONDS = 30), seconds
 * (each phase, default 120), users (comma-separated demo users, taken in turn, default the five with a portal role),
 * pid (the portal's java process; default found by its command line: Payara Micro with --port of the portal's URL).
 */
public final class BellPollBenchmark {

    public static void main(String[] args) throws Exception {
        int pages = Integer.getInteger("pages", 50);
        int interval = Integer.getInteger("interval", NotificationBell.POLL_SECONDS);
        int seconds = Integer.getInteger("seconds", 120);
        List<String> users = List.of(System.getProperty("users", "bql.soan,dhbk.gopy,dhqg.gopy,hvnn.gopy,bcd.pheduyet").split(","));
        long pid = Long.getLong("pid", -1);
        if (pid < 0) {
            pid = portalPid(URI.create(BenchHttp.PORTAL).getPort());
        }
        long ticksPerSecond = 100; // USER_HZ: getconf CLK_TCK on Linux
        System.out.printf("portal pid %d, %d pages, one poll per page every %d s, %d s per phase, %d cores%n",
                pid, pages, interval, seconds, Runtime.getRuntime().availableProcessors());

        List<PageBenchmark.Session> sessions = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            sessions.add(PageBenchmark.Session.login(users.get(i % users.size())));
        }
        // every session answers its count once before measuring (a warm path, and a check that the sessions work)
        for (PageBenchmark.Session s : sessions) {
            HttpResponse<String> r = poll(s);
            if (r.statusCode() != 200 || !r.body().startsWith("{\"unread\":")) {
                throw new IllegalStateException("the count did not answer a signed-in session: " + r.statusCode() + " " + r.body());
            }
        }
        Thread.sleep(5000); // the logins' own work settles

        long idle = cpuTicks(pid);
        long idleStart = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        double idleSeconds = (System.nanoTime() - idleStart) / 1e9;
        double idleCpu = (cpuTicks(pid) - idle) / (double) ticksPerSecond;

        AtomicInteger polls = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
        Random random = new Random(14);
        long pollStartTicks = cpuTicks(pid);
        long pollStart = System.nanoTime();
        for (PageBenchmark.Session s : sessions) {
            timer.scheduleAtFixedRate(() -> {
                long t = System.nanoTime();
                try {
                    HttpResponse<String> r = poll(s);
                    if (r.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                latencies.add(System.nanoTime() - t);
                polls.incrementAndGet();
            }, random.nextInt(interval * 1000), interval * 1000L, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(seconds * 1000L);
        double pollSeconds = (System.nanoTime() - pollStart) / 1e9;
        double pollCpu = (cpuTicks(pid) - pollStartTicks) / (double) ticksPerSecond;
        timer.shutdownNow();

        double idlePercent = 100 * idleCpu / idleSeconds;
        double pollPercent = 100 * pollCpu / pollSeconds;
        long[] sorted = BenchHttp.sorted(new ArrayList<>(latencies));
        System.out.printf("idle (anchor):   %.1f s CPU in %.0f s = %.2f %% of one core%n", idleCpu, idleSeconds, idlePercent);
        System.out.printf("polling:         %.1f s CPU in %.0f s = %.2f %% of one core (%d polls, %.2f per second, %d failed)%n",
                pollCpu, pollSeconds, pollPercent, polls.get(), polls.get() / pollSeconds, failures.get());
        System.out.printf("the poll's cost: %.2f %% of one core (%.2f ms CPU per poll); latency p50 %.1f ms, p95 %.1f ms%n",
                pollPercent - idlePercent, polls.get() == 0 ? 0 : 1000 * (pollCpu - idleCpu * pollSeconds / idleSeconds) / polls.get(),
                sorted.length == 0 ? 0 : BenchHttp.percentile(sorted, 50), sorted.length == 0 ? 0 : BenchHttp.percentile(sorted, 95));
        System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static HttpResponse<String> poll(PageBenchmark.Session s) throws Exception {
        return s.send(HttpRequest.newBuilder(URI.create(BenchHttp.PORTAL + "/notifications/unread-count"))
                .header("Accept", "application/json").header("Sec-Fetch-Dest", "empty").GET().build());
    }

    /** utime + stime of the process (fields 14 and 15 of /proc/PID/stat, after the command name in parentheses). */
    static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The java process running Payara Micro on this port. */
    static long portalPid(int port) throws Exception {
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
                    if (cmd.contains("payara-micro") && cmd.contains("--port " + port + " ")) {
                        return Long.parseLong(p.getFileName().toString());
                    }
                } catch (java.io.IOException gone) {
                    // the process ended meanwhile
                }
            }
        }
        throw new IllegalStateException("no Payara Micro process on port " + port + "; pass -Dpid=");
    }
}
