package vn.hoalac.portal.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Issue 15's soak: {@code sessions} concurrent sessions through nginx for {@code minutes} (default 20 for 30 minutes):
 * browser sessions logged in through Keycloak's login form that walk the pages (home, library, searches, plans,
 * agreements, proposals), bearer API clients that search and list the library, that upload small unique files, and
 * that comment on a plan version in review. Every {@code sample} seconds, for each portal instance: the heap after a
 * full GC (jcmd GC.run + GC.heap_info), RSS, open file descriptors, threads; the portal's database connections
 * (pg_stat_activity); nginx's open files; requests and errors so far; the load average. Writes the samples to
 * {@code target/soak.csv} and prints a summary: errors (goal 0), heap after GC from the first sample after the warm-up
 * to the last (goal: flat within 10 %), connections and file handles (goal: no growth). Against a running stack:
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.SoakBenchmark
 *   -Dportal=http://localhost:8080 -Dissuer=http://localhost:8180/realms/hoalac -Ddb.port=5433</pre>
 * System properties: minutes (30), sessions (20: of them uploaders (2), commenters (2), searchers (4), the rest browser
 * sessions), pause (ms between a browser's or searcher's requests, ±50 %, default 1000), uploadPause (5000),
 * commentPause (10000), sample (seconds, 60), warmup (minutes before the first sample that counts, 3),
 * users (browser users in turn: the five demo users with a portal role), keycloak / tika ports for the CPU figures,
 * browsersDirect (true: each browser session logs in at one instance's own address, in turn, instead of through nginx).
 */
public final class SoakBenchmark {

    public static void main(String[] args) throws Exception {
        int minutes = Integer.getInteger("minutes", 30);
        int sessions = Integer.getInteger("sessions", 20);
        int uploaders = Integer.getInteger("uploaders", 2);
        int commenters = Integer.getInteger("commenters", 2);
        int searchers = Integer.getInteger("searchers", 4);
        int browsers = sessions - uploaders - commenters - searchers;
        long pause = Long.getLong("pause", 1000);
        int sampleSeconds = Integer.getInteger("sample", 60);
        int warmupMinutes = Integer.getInteger("warmup", 3);
        boolean browsersDirect = Boolean.getBoolean("browsersDirect");
        List<String> users = List.of(System.getProperty("users", "bql.soan,dhbk.gopy,dhqg.gopy,hvnn.gopy,bcd.pheduyet").split(","));
        int portalPort = ClusterProcesses.port(BenchHttp.PORTAL);
        List<ClusterProcesses.Instance> instances = ClusterProcesses.instances(portalPort);
        if (instances.isEmpty()) {
            throw new IllegalStateException("no portal instance found behind " + BenchHttp.PORTAL);
        }
        if (browsersDirect) {
            System.out.println("browser sessions log in at the instances' own addresses, in turn (-DbrowsersDirect); the API clients go through nginx");
        }
        Map<String, List<Long>> parts = ClusterProcesses.parts(instances, Integer.getInteger("keycloak", ClusterProcesses.port(BenchHttp.ISSUER)),
                Integer.getInteger("tika", 9998), Integer.getInteger("db.port", 5433));
        System.out.printf("soak: %d sessions (%d browsers, %d searchers, %d uploaders, %d commenters) through %s for %d min; "
                        + "instances %s; load %s%n", sessions, browsers, searchers, uploaders, commenters, BenchHttp.PORTAL, minutes,
                instances.stream().map(i -> i.name() + "=" + i.pid()).toList(), ClusterProcesses.loadavg());

        ClusterLoad.Recorder recorder = new ClusterLoad.Recorder();
        ClusterLoad.Tokens tokens = new ClusterLoad.Tokens();
        AtomicBoolean stop = new AtomicBoolean();
        long[] plan = ClusterLoad.planInReview(tokens);
        String category = "Soak " + java.time.LocalDateTime.now().withNano(0);
        List<String> sentences = BenchCorpus.sentences();
        List<ClusterLoad.Client> clients = new ArrayList<>();
        List<ClusterLoad.Uploader> ups = new ArrayList<>();
        List<ClusterLoad.Commenter> comments = new ArrayList<>();
        for (int b = 0; b < browsers; b++) {
            ClusterLoad.Browser browser = new ClusterLoad.Browser(recorder, stop, pause, b, users.get(b % users.size()), ClusterLoad.PAGES);
            if (browsersDirect) { // each browser session on one instance's own address, in turn (not through nginx)
                browser.base = instances.get(b % instances.size()).url();
            }
            browser.login();
            clients.add(browser);
        }
        for (int s = 0; s < searchers; s++) {
            clients.add(new ClusterLoad.Searcher(recorder, stop, pause, 100 + s, tokens, "bql.soan", ClusterLoad.Searcher.PATHS));
        }
        for (int u = 0; u < uploaders; u++) {
            ClusterLoad.Uploader up = new ClusterLoad.Uploader(recorder, stop, Long.getLong("uploadPause", 5000), 200 + u, tokens,
                    "bql.soan", category, sentences);
            ups.add(up);
            clients.add(up);
        }
        for (int c = 0; c < commenters; c++) {
            ClusterLoad.Commenter commenter = new ClusterLoad.Commenter(recorder, stop, Long.getLong("commentPause", 10000), 300 + c,
                    tokens, "dhbk.gopy", plan[0], (int) plan[1]);
            comments.add(commenter);
            clients.add(commenter);
        }
        ExecutorService pool = ClusterLoad.start(clients);

        Path csv = Path.of("target/soak.csv");
        Files.createDirectories(csv.getParent());
        List<Map<String, Object>> rows = new ArrayList<>();
        long begin = System.nanoTime();
        long end = begin + TimeUnit.MINUTES.toNanos(minutes);
        Map<String, Long> cpu0 = ClusterProcesses.cpu(parts);
        long cpuAt = System.nanoTime();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv))) {
            boolean header = true;
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(sampleSeconds * 1000L, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                Map<String, Object> row = sample(instances, parts, recorder, begin);
                Map<String, Long> cpu1 = ClusterProcesses.cpu(parts);
                double secs = (System.nanoTime() - cpuAt) / 1e9;
                ClusterProcesses.cpuPercent(cpu0, cpu1, secs).forEach((name, p) -> row.put("cpu% " + name, Math.round(p)));
                cpu0 = cpu1;
                cpuAt = System.nanoTime();
                rows.add(row);
                if (header) {
                    out.println(String.join(",", row.keySet()));
                    header = false;
                }
                out.println(row.values().stream().map(String::valueOf).map(v -> v.replace(",", ";")).collect(Collectors.joining(",")));
                out.flush();
                System.out.println(row);
            }
        }
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);

        // every upload the portal acknowledged is there, through nginx
        String token = tokens.of("bql.soan");
        long acked = ups.stream().mapToLong(u -> u.acknowledged.size()).sum();
        long missing = 0;
        for (ClusterLoad.Uploader up : ups) {
            for (long id : up.acknowledged) {
                if (ClusterLoad.get(recorder, token, BenchHttp.PORTAL + "/api/documents/" + id, "check upload") == null) {
                    missing++;
                }
            }
        }
        summary(rows, recorder, warmupMinutes, acked, missing, comments.stream().mapToInt(c -> c.acknowledged.get()).sum(), minutes);
    }

    private static Map<String, Object> sample(List<ClusterProcesses.Instance> instances, Map<String, List<Long>> parts,
                                              ClusterLoad.Recorder recorder, long begin) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("minute", Math.round((System.nanoTime() - begin) / 6e9) / 10.0);
        row.put("requests", recorder.samples.size());
        row.put("errors", recorder.failures.get());
        for (ClusterProcesses.Instance i : instances) {
            row.put("heapMB " + i.name(), Math.round(ClusterProcesses.heapAfterFullGcMb(i.pid())));
            row.put("rssMB " + i.name(), Math.round(ClusterProcesses.rssMb(i.pid())));
            row.put("fds " + i.name(), ClusterProcesses.openFiles(i.pid()));
            row.put("threads " + i.name(), ClusterProcesses.threads(i.pid()));
        }
        Map<String, Integer> db = ClusterProcesses.databaseConnections();
        row.put("db connections", db.values().stream().mapToInt(Integer::intValue).sum());
        row.put("db detail", db.toString().replace(",", ";"));
        row.put("fds nginx", parts.getOrDefault("nginx", List.of()).stream().mapToInt(ClusterProcesses::openFiles).sum());
        row.put("fds postgresql", parts.getOrDefault("postgresql", List.of()).stream().mapToInt(ClusterProcesses::openFiles).sum());
        row.put("load", ClusterProcesses.loadavg().replace(' ', '/'));
        return row;
    }

    private static void summary(List<Map<String, Object>> rows, ClusterLoad.Recorder recorder, int warmupMinutes, long acked,
                                long missing, int commentsAcked, int minutes) {
        List<Map<String, Object>> counted = rows.stream().filter(r -> ((Double) r.get("minute")) >= warmupMinutes).toList();
        if (counted.isEmpty()) {
            counted = rows;
        }
        System.out.println();
        System.out.printf("requests %d in %d min (%.1f/s), errors %d; uploads acknowledged %d (missing afterwards %d), comments %d%n",
                recorder.samples.size(), minutes, recorder.samples.size() / (minutes * 60.0), recorder.failures.get(), acked, missing,
                commentsAcked);
        Map<String, List<ClusterLoad.Sample>> byKind = new TreeMap<>(recorder.samples.stream()
                .collect(Collectors.groupingBy(s -> s.kind().startsWith("page ") ? "pages" : s.kind())));
        System.out.println("| requests | count | errors | p50 ms | p95 ms |");
        System.out.println("| --- | --- | --- | --- | --- |");
        byKind.forEach((kind, list) -> {
            long[] sorted = BenchHttp.sorted(list.stream().map(s -> (s.end() - s.start()) * 1_000_000).toList());
            System.out.printf("| %s | %d | %d | %.0f | %.0f |%n", kind, list.size(), list.stream().filter(ClusterLoad.Sample::failed).count(),
                    BenchHttp.percentile(sorted, 50), BenchHttp.percentile(sorted, 95));
        });
        Map<String, Long> perInstance = recorder.samples.stream().collect(Collectors.groupingBy(ClusterLoad.Sample::instance, TreeMap::new,
                Collectors.counting()));
        System.out.println("answered by: " + perInstance);
        System.out.println();
        System.out.printf("| figure (samples from minute %d on) | first | last | min | max | last vs first |%n", warmupMinutes);
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (String key : rows.get(0).keySet()) {
            if (!(key.startsWith("heapMB") || key.startsWith("rssMB") || key.startsWith("fds") || key.startsWith("threads")
                    || key.equals("db connections"))) {
                continue;
            }
            List<Double> values = counted.stream().map(r -> ((Number) r.get(key)).doubleValue()).toList();
            DoubleSummaryStatistics st = values.stream().mapToDouble(Double::doubleValue).summaryStatistics();
            double first = values.get(0);
            double last = values.get(values.size() - 1);
            System.out.printf("| %s | %.0f | %.0f | %.0f | %.0f | %+.1f %% |%n", key, first, last, st.getMin(), st.getMax(),
                    first == 0 ? 0 : 100 * (last - first) / first);
        }
        System.out.println("load at the end: " + ClusterProcesses.loadavg());
        List<ClusterLoad.Sample> failed = recorder.samples.stream().filter(ClusterLoad.Sample::failed).limit(30).toList();
        failed.forEach(s -> System.out.printf("failed at %.1f s: %s %s %s (%s)%n", s.start() / 1000.0, s.method(), s.kind(), s.error(), s.instance()));
    }

    private SoakBenchmark() {
    }
}
