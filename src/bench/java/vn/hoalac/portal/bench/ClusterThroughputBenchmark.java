package vn.hoalac.portal.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Issue 15's throughput and memory figures, against a running cluster ({@code PORTAL_INSTANCES=2 ./mvnw -Pstart}), all
 * through nginx: {@code clients} clients (default 8) with no pause on the search API (bearer token; three queries in
 * turn) and on the library page (browser sessions logged in through Keycloak, the full HTML of /documents/index.xhtml),
 * first with every instance up, then with only instance 1 (the others stopped with SIGTERM, as an operator would, and
 * started again afterwards with the command line they had): the anchor in the same run. For each: requests/s, p50/p95,
 * which instance answered, the CPU of each process (% of one core, from /proc/PID/stat: each instance, nginx,
 * PostgreSQL, Keycloak, tika-server, this load generator) and of the whole machine, the load average; the memory of
 * each instance at rest (before any load: RSS, heap after a full GC) and under the load (RSS, heap used, heap after a
 * full GC taken while the clients still run).
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.ClusterThroughputBenchmark
 *   -Dportal=http://localhost:8080 -Dissuer=http://localhost:8180/realms/hoalac -Dkeycloak=8180 -Dtika=9998 -Ddb.port=5433</pre>
 * System properties: clients (8), warmup (s, 15), seconds (measured, 45), phases (instances up per phase, default
 * "2,1": every instance, then instance 1 alone; "2,1,2" measures the cluster again after the restart), workloads
 * ("search,library").
 */
public final class ClusterThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        int portalPort = ClusterProcesses.port(BenchHttp.PORTAL);
        int clients = Integer.getInteger("clients", 8);
        int warmup = Integer.getInteger("warmup", 15);
        int seconds = Integer.getInteger("seconds", 45);
        List<Integer> phases = java.util.Arrays.stream(System.getProperty("phases", "2,1").split(",")).map(String::strip).map(Integer::valueOf).toList();
        List<String> workloads = List.of(System.getProperty("workloads", "search,library").split(","));
        List<ClusterProcesses.Instance> all = ClusterProcesses.instances(portalPort);
        System.out.printf("throughput: %d clients through %s; instances %s; %d cores; load %s%n", clients, BenchHttp.PORTAL,
                all.stream().map(i -> i.name() + "=" + i.pid()).toList(), Runtime.getRuntime().availableProcessors(), ClusterProcesses.loadavg());

        List<String> memory = new ArrayList<>();
        for (ClusterProcesses.Instance i : all) {
            memory.add(String.format("| %s | at rest | %.0f | – | %.0f |", i.name(), ClusterProcesses.rssMb(i.pid()),
                    ClusterProcesses.heapAfterFullGcMb(i.pid())));
        }
        List<String> results = new ArrayList<>();
        List<String> cpuLines = new ArrayList<>();
        List<String> cpuHeads = null;
        List<ClusterProcesses.Instance> stopped = new ArrayList<>();
        for (int up : phases) {
            List<ClusterProcesses.Instance> now = ClusterProcesses.instances(portalPort);
            // stop the instances past `up`, start again those stopped before that this phase needs
            for (ClusterProcesses.Instance i : now) {
                if (i.number() > up) {
                    System.out.printf("stopping %s (SIGTERM) ...%n", i.name());
                    i.stop();
                    stopped.add(i);
                }
            }
            for (ClusterProcesses.Instance i : new ArrayList<>(stopped)) {
                if (i.number() <= up) {
                    ClusterProcesses.Instance again = i.startAgain(Path.of("target/" + i.name() + "-restarted.log"));
                    System.out.printf("started %s again (pid %d; stop it by pid when done: the run command does not know it) ...%n",
                            again.name(), again.pid());
                    long t = System.nanoTime();
                    while (ClusterProcesses.status(again.url() + "/health/ready") != 200) {
                        if (System.nanoTime() - t > TimeUnit.MINUTES.toNanos(8)) {
                            throw new IllegalStateException(again.name() + " not ready after 8 minutes");
                        }
                        Thread.sleep(500);
                    }
                    System.out.printf("%s ready after %.1f s%n", again.name(), (System.nanoTime() - t) / 1e9);
                    Thread.sleep(5000); // nginx's fail_timeout: it tries the instance again
                    stopped.remove(i);
                }
            }
            List<ClusterProcesses.Instance> running = ClusterProcesses.instances(portalPort);
            Map<String, List<Long>> parts = ClusterProcesses.parts(running, Integer.getInteger("keycloak", ClusterProcesses.port(BenchHttp.ISSUER)),
                    Integer.getInteger("tika", 9998), Integer.getInteger("db.port", 5433));
            for (String workload : workloads) {
                ClusterLoad.Recorder recorder = new ClusterLoad.Recorder();
                ClusterLoad.Tokens tokens = new ClusterLoad.Tokens();
                AtomicBoolean stop = new AtomicBoolean();
                List<ClusterLoad.Client> load = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    if (workload.equals("search")) {
                        load.add(new ClusterLoad.Searcher(recorder, stop, 0, c, tokens, "bql.soan", List.of(
                                "/api/search?size=20&q=" + BenchHttp.encode("hoa lac"), "/api/search?size=20&q=" + BenchHttp.encode("chuyển"),
                                "/api/search?size=20&q=" + BenchHttp.encode("khu công nghệ cao hòa lạc"))));
                    } else {
                        ClusterLoad.Browser b = new ClusterLoad.Browser(recorder, stop, 0, c, "bql.soan", List.of("/documents/index.xhtml"));
                        b.login();
                        load.add(b);
                    }
                }
                tokens.of("bql.soan");
                ExecutorService pool = ClusterLoad.start(load);
                Thread.sleep(warmup * 1000L);
                long from = recorder.now();
                Map<String, Long> cpu0 = ClusterProcesses.cpu(parts);
                long[] m0 = ClusterProcesses.machineTicks();
                long t0 = System.nanoTime();
                Thread.sleep(seconds * 1000L);
                Map<String, Long> cpu1 = ClusterProcesses.cpu(parts);
                long[] m1 = ClusterProcesses.machineTicks();
                double secs = (System.nanoTime() - t0) / 1e9;
                long to = recorder.now();
                String loadavg = ClusterProcesses.loadavg();
                // memory under the load, the clients still running
                for (ClusterProcesses.Instance i : running) {
                    double rss = ClusterProcesses.rssMb(i.pid());
                    double used = ClusterProcesses.heapUsedMb(i.pid());
                    memory.add(String.format("| %s | %s, %d instance(s) | %.0f | %.0f | %.0f |", i.name(), workload, up, rss, used,
                            ClusterProcesses.heapAfterFullGcMb(i.pid())));
                }
                stop.set(true);
                pool.shutdown();
                pool.awaitTermination(2, TimeUnit.MINUTES);

                List<ClusterLoad.Sample> measured = recorder.samples.stream().filter(s -> s.start() >= from && s.end() <= to).toList();
                long[] sorted = BenchHttp.sorted(measured.stream().map(s -> (s.end() - s.start()) * 1_000_000).toList());
                long failed = measured.stream().filter(ClusterLoad.Sample::failed).count();
                Map<String, Long> by = measured.stream().collect(Collectors.groupingBy(ClusterLoad.Sample::instance, TreeMap::new, Collectors.counting()));
                Map<String, Double> cpu = ClusterProcesses.cpuPercent(cpu0, cpu1, secs);
                double machine = 100.0 * (m1[0] - m0[0]) / (m1[1] - m0[1]) * Runtime.getRuntime().availableProcessors();
                String label = (workload.equals("search") ? "search API" : "library page") + ", " + up + " instance(s)";
                results.add(String.format("| %s | %.1f | %.0f | %.0f | %d / %d | %s | %s |", label, measured.size() / ((to - from) / 1000.0),
                        BenchHttp.percentile(sorted, 50), BenchHttp.percentile(sorted, 95), failed, measured.size(), by, loadavg));
                Map<String, Double> row = new LinkedHashMap<>();
                for (int i = 1; i <= all.size(); i++) {
                    row.put("portal-" + i, cpu.getOrDefault("portal-" + i, 0.0));
                }
                cpu.forEach((k, v) -> {
                    if (!k.startsWith("portal")) {
                        row.put(k, v);
                    }
                });
                row.put("all processes of the machine", machine);
                if (cpuHeads == null) {
                    cpuHeads = new ArrayList<>(row.keySet());
                }
                cpuLines.add("| " + label + " | " + cpuHeads.stream().map(k -> String.format("%.0f", row.getOrDefault(k, 0.0)))
                        .collect(Collectors.joining(" | ")) + " |");
                System.out.println(results.get(results.size() - 1));
                Thread.sleep(3000);
            }
        }
        for (ClusterProcesses.Instance i : stopped) {
            ClusterProcesses.Instance again = i.startAgain(Path.of("target/" + i.name() + "-restarted.log"));
            System.out.printf("started %s again (pid %d; stop it by pid when done)%n", again.name(), again.pid());
        }
        System.out.println();
        System.out.printf("| through nginx, %d clients | requests/s | p50 ms | p95 ms | failed | answered by | load at the end |%n", clients);
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        results.forEach(System.out::println);
        System.out.println();
        System.out.println("CPU, % of one core (the machine has " + Runtime.getRuntime().availableProcessors() + " cores = "
                + 100 * Runtime.getRuntime().availableProcessors() + " %):");
        System.out.println("| run | " + String.join(" | ", cpuHeads) + " |");
        System.out.println("| --- |" + " --- |".repeat(cpuHeads.size()));
        cpuLines.forEach(System.out::println);
        System.out.println();
        System.out.println("| instance | when | RSS MB | heap used MB | heap after full GC MB |");
        System.out.println("| --- | --- | --- | --- | --- |");
        memory.forEach(System.out::println);
        System.out.println("load at the end: " + ClusterProcesses.loadavg());
    }

    private ClusterThroughputBenchmark() {
    }
}
