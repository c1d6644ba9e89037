package vn.hoalac.portal.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Issue 15's failover figures, against a running cluster ({@code PORTAL_INSTANCES=2 ./mvnw -Pstart}): clients through
 * nginx (browser sessions logged in through Keycloak that GET pages, bearer clients that GET the search and library
 * API, bearer clients that upload, i.e. POST) run for {@code before} seconds; then instance {@code kill} is killed with
 * SIGKILL and started again: by the run command, which does so by itself in a cluster (the default, {@code restart=launcher}:
 * it holds the instance out of nginx until it is ready), or with {@code restart=self} by this benchmark {@code down}
 * seconds later with the command line, environment and log file it had (nginx then sends it traffic while it deploys).
 * Measured: every request that failed (GETs: the goal is none; a POST in flight may fail once), the seconds from the
 * kill during which clients saw errors; for the restarted instance, the seconds from its start until Payara's log says
 * {@code DG Size: N} (it joined the data grid), until its /health/ready answers 200, until its own search index (asked
 * directly, not through nginx) lists every upload acknowledged while it was down, and until nginx sends it traffic (the
 * first response through nginx with its {@code X-Portal-Instance}). At the end, every acknowledged upload is checked.
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.FailoverBenchmark
 *   -Dportal=http://localhost:8080 -Dissuer=http://localhost:8180/realms/hoalac</pre>
 * System properties: kill (instance number, default the last), before (s, 20), down (s, 20; with restart=self), after (s, 20 after the
 * restarted instance took traffic), browsers (4), searchers (4), uploaders (2), pause (ms between requests ±50 %, 200),
 * uploadPause (ms, 500), rounds (kills, default 1; each round kills instance {@code kill}), restart (launcher, self).
 * With {@code restart=self} the restarted instance is a child of this JVM that outlives it (its pid is printed):
 * stopping the run command does not stop it; stop it by pid.
 */
public final class FailoverBenchmark {

    public static void main(String[] args) throws Exception {
        int portalPort = ClusterProcesses.port(BenchHttp.PORTAL);
        List<ClusterProcesses.Instance> instances = ClusterProcesses.instances(portalPort);
        if (instances.size() < 2) {
            throw new IllegalStateException("a cluster of two instances or more is needed behind " + BenchHttp.PORTAL + ", found " + instances);
        }
        int victimNumber = Integer.getInteger("kill", instances.get(instances.size() - 1).number());
        int before = Integer.getInteger("before", 20);
        int down = Integer.getInteger("down", 20);
        // who starts the killed instance again: the run command's supervisor (default), or this benchmark after `down` s
        boolean byLauncher = !"self".equals(System.getProperty("restart", "launcher"));
        int after = Integer.getInteger("after", 20);
        int rounds = Integer.getInteger("rounds", 1);
        long pause = Long.getLong("pause", 200);
        List<String> users = List.of(System.getProperty("users", "bql.soan,dhbk.gopy,dhqg.gopy,hvnn.gopy,bcd.pheduyet").split(","));

        ClusterLoad.Recorder recorder = new ClusterLoad.Recorder();
        ClusterLoad.Tokens tokens = new ClusterLoad.Tokens();
        AtomicBoolean stop = new AtomicBoolean();
        String category = "Failover " + java.time.LocalDateTime.now().withNano(0);
        List<String> sentences = BenchCorpus.sentences();
        List<ClusterLoad.Client> clients = new ArrayList<>();
        List<ClusterLoad.Uploader> uploaders = new ArrayList<>();
        for (int b = 0; b < Integer.getInteger("browsers", 4); b++) {
            ClusterLoad.Browser browser = new ClusterLoad.Browser(recorder, stop, pause, b, users.get(b % users.size()), ClusterLoad.PAGES);
            browser.login();
            clients.add(browser);
        }
        for (int s = 0; s < Integer.getInteger("searchers", 4); s++) {
            clients.add(new ClusterLoad.Searcher(recorder, stop, pause, 100 + s, tokens, "bql.soan", ClusterLoad.Searcher.PATHS));
        }
        for (int u = 0; u < Integer.getInteger("uploaders", 2); u++) {
            ClusterLoad.Uploader up = new ClusterLoad.Uploader(recorder, stop, Long.getLong("uploadPause", 500), 200 + u, tokens,
                    "bql.soan", category, sentences);
            uploaders.add(up);
            clients.add(up);
        }
        System.out.printf("failover: %d clients through %s, instances %s, killing %s; load %s%n", clients.size(), BenchHttp.PORTAL,
                instances.stream().map(i -> i.name() + "=" + i.pid()).toList(), "portal-" + victimNumber, ClusterProcesses.loadavg());
        ExecutorService pool = ClusterLoad.start(clients);

        List<String> lines = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Thread.sleep(before * 1000L);
            ClusterProcesses.Instance victim = ClusterProcesses.instance(portalPort, victimNumber);
            long killedAt = recorder.now();
            String loadAtKill = ClusterProcesses.loadavg();
            victim.kill();
            System.out.printf("[%7.1f s] killed %s (pid %d)%n", killedAt / 1000.0, victim.name(), victim.pid());
            long logOffset = victim.logSize();
            long ackedBeforeRestart;
            long restartedAt;
            ClusterProcesses.Instance restarted;
            if (byLauncher) {
                // the run command starts it again by itself (PORTAL_RESTART_INSTANCES), held out of nginx until it is ready
                restarted = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (restarted == null && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    restarted = ClusterProcesses.instances(portalPort).stream()
                            .filter(i -> i.number() == victimNumber && i.pid() != victim.pid()).findFirst().orElse(null);
                }
                if (restarted == null) {
                    throw new IllegalStateException("the run command did not start " + victim.name() + " again within 60 s: "
                            + "is it running with PORTAL_RESTART_INSTANCES=false, or is this not its stack?");
                }
                restartedAt = recorder.now();
                ackedBeforeRestart = uploaders.stream().mapToLong(u -> u.acknowledged.size()).sum();
                System.out.printf("[%7.1f s] the run command started %s again (pid %d)%n", restartedAt / 1000.0, restarted.name(),
                        restarted.pid());
            } else {
                Thread.sleep(down * 1000L);
                ackedBeforeRestart = uploaders.stream().mapToLong(u -> u.acknowledged.size()).sum();
                restartedAt = recorder.now();
                restarted = victim.startAgain(Path.of("target/" + victim.name() + "-restarted.log"));
                System.out.printf("[%7.1f s] started %s again (pid %d, log %s)%n", restartedAt / 1000.0, restarted.name(),
                        restarted.pid(), restarted.log().orElse(null));
            }
            ClusterProcesses.Instance again = restarted;
            long joined = -1;
            long ready = -1;
            long indexed = -1;
            long traffic = -1;
            String token = tokens.of("bql.soan");
            String dg = "DG Size: " + instances.size();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(Integer.getInteger("rejoinMinutes", 8));
            while ((joined < 0 || ready < 0 || indexed < 0 || traffic < 0) && System.nanoTime() < deadline) {
                long now = recorder.now();
                if (joined < 0 && again.logSays(logOffset, dg)) {
                    joined = now;
                }
                if (ready < 0 && ClusterProcesses.status(again.url() + "/health/ready") == 200) {
                    ready = now;
                }
                if (ready >= 0 && indexed < 0) {
                    String body = quiet(token, again.url() + "/api/documents?size=1&category=" + BenchHttp.encode(category));
                    if (body != null && BenchHttp.json(body).getJsonNumber("total").longValue() >= ackedBeforeRestart) {
                        indexed = recorder.now();
                    }
                }
                if (traffic < 0) {
                    traffic = recorder.since(restartedAt).stream().filter(s -> s.instance().equals(again.name()))
                            .mapToLong(ClusterLoad.Sample::end).min().orElse(-1);
                }
                Thread.sleep(250);
            }
            Thread.sleep(after * 1000L);
            List<ClusterLoad.Sample> window = recorder.samples.stream().filter(s -> s.start() >= killedAt - 5000).toList();
            List<ClusterLoad.Sample> failed = window.stream().filter(ClusterLoad.Sample::failed).toList();
            long getFailures = failed.stream().filter(s -> s.method().equals("GET")).count();
            long postFailures = failed.stream().filter(s -> s.method().equals("POST")).count();
            double errorSeconds = failed.isEmpty() ? 0
                    : (failed.stream().mapToLong(ClusterLoad.Sample::end).max().orElse(0)
                    - Math.max(killedAt, failed.stream().mapToLong(ClusterLoad.Sample::start).min().orElse(killedAt))) / 1000.0;
            Map<String, Long> byInstanceDown = window.stream().filter(s -> s.start() > killedAt && s.start() < restartedAt)
                    .collect(Collectors.groupingBy(ClusterLoad.Sample::instance, TreeMap::new, Collectors.counting()));
            Map<String, Long> byInstanceAfter = recorder.since(traffic < 0 ? restartedAt : traffic).stream()
                    .collect(Collectors.groupingBy(ClusterLoad.Sample::instance, TreeMap::new, Collectors.counting()));
            lines.add(String.format("| %d | %s | %d | %d / %d | %d / %d | %.1f | %s | %s | %s | %s | %s | %s |", round, victim.name(),
                    window.size(), getFailures, window.stream().filter(s -> s.method().equals("GET")).count(), postFailures,
                    window.stream().filter(s -> s.method().equals("POST")).count(), errorSeconds,
                    secs(joined, restartedAt), secs(ready, restartedAt), secs(indexed, restartedAt), secs(traffic, restartedAt),
                    byInstanceDown + " → " + byInstanceAfter, loadAtKill));
            failed.forEach(s -> System.out.printf("  failed at %+.1f s after the kill: %s %s → %s (%s)%n", (s.start() - killedAt) / 1000.0,
                    s.method(), s.kind(), s.error(), s.instance()));
            System.out.println("  restarted instance: " + again.name() + " pid " + again.pid()
                    + (byLauncher ? " (the run command's)" : " (stop it by pid when done)"));
        }
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);

        String token = tokens.of("bql.soan");
        long acked = uploaders.stream().mapToLong(u -> u.acknowledged.size()).sum();
        long missing = 0;
        for (ClusterLoad.Uploader up : uploaders) {
            for (long id : up.acknowledged) {
                if (quiet(token, BenchHttp.PORTAL + "/api/documents/" + id) == null) {
                    missing++;
                }
            }
        }
        System.out.println();
        System.out.println("| round | killed | requests from 5 s before the kill | GETs failed / made | POSTs failed / made | seconds with errors "
                + "| rejoined (DG Size) s | ready s | index caught up s | took traffic s | answered by (while down → after) | load at the kill |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        lines.forEach(System.out::println);
        System.out.printf("(times of the restarted instance from its start); uploads acknowledged %d, missing afterwards %d; load at the end %s%n",
                acked, missing, ClusterProcesses.loadavg());
    }

    private static String secs(long at, long from) {
        return at < 0 ? "not seen" : String.format("%.1f", (at - from) / 1000.0);
    }

    private static String quiet(String token, String url) {
        try {
            var r = ClusterLoad.API.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(java.time.Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private FailoverBenchmark() {
    }
}
