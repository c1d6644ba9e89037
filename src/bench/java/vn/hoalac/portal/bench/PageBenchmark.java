package vn.hoalac.portal.bench;

import jakarta.json.JsonObject;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a signed-in person gets them: each simulated user logs in through Keycloak's real login form (its own
 * browser session: its own JSESSIONID), then GETs the full HTML of the main pages (home, plans, library, agreements,
 * proposals, a search matching thousands, a plan and a version page) one after the other, as fast as it can, in
 * 1 and then 10 concurrent sessions. Warm-up rounds first; then p50/p95 per page and session count, as a table.
 * Against a running portal (./mvnw -Pstart):
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.PageBenchmark</pre>
 * System properties: users (comma-separated demo users, taken in turn by the sessions, default bql.soan: every
 * session its own login), sessions (default 1,10), rounds (measured rounds of all pages per session, default 30 with
 * one session and 10 with more), warmup (rounds, default 10), pages (comma-separated names of the table to run only
 * those, e.g. "plan page,version page"), dump (a directory: the HTML of each page is written there first), q (the search, default "hoa lac"), plan / version (ids;
 * default: the first plan of GET /api/plans and its first version).
 */
public final class PageBenchmark {

    /** Pages that did not answer a signed-in page, with how often. */
    static final Map<String, Integer> FAILURES = new ConcurrentHashMap<>();

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        List<String> users = List.of(System.getProperty("users", "bql.soan").split(","));
        String q = System.getProperty("q", "hoa lac");
        String token = BenchHttp.token(users.get(0));
        long plan = Long.getLong("plan", -1);
        if (plan < 0) {
            plan = BenchHttp.get(token, "/api/plans?size=1").getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        }
        long version = Long.getLong("version", -1);
        if (version < 0) {
            JsonObject v = BenchHttp.get(token, "/api/plans/" + plan).getJsonArray("versions").getJsonObject(0);
            version = v.getJsonNumber("number").longValue();
        }
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/index.xhtml");
        pages.put("plans", "/plans/index.xhtml");
        pages.put("library", "/documents/index.xhtml");
        pages.put("agreements", "/agreements/index.xhtml");
        pages.put("proposals", "/proposals/index.xhtml");
        pages.put("search \"" + q + "\"", "/search.xhtml?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        pages.put("plan page", "/plans/plan.xhtml?id=" + plan);
        pages.put("version page", "/plans/version.xhtml?id=" + plan + "&n=" + version);
        String only = System.getProperty("pages");
        if (only != null) {
            List<String> wanted = List.of(only.split(","));
            pages.keySet().removeIf(name -> !wanted.contains(name));
        }
        int warmup = Integer.getInteger("warmup", 10);
        List<Integer> sessionCounts = java.util.Arrays.stream(System.getProperty("sessions", "1,10").split(","))
                .map(String::strip).map(Integer::valueOf).toList();

        String dump = System.getProperty("dump");
        if (dump != null) { // the HTML of each page once, with its size, to see what a page sends
            Session session = Session.login(users.get(0));
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(dump));
            for (var page : pages.entrySet()) {
                String html = session.page(page.getValue());
                java.nio.file.Files.writeString(dir.resolve(page.getKey().replaceAll("[^a-z]+", "-") + ".html"), html);
                System.out.printf("%s: %d characters%n", page.getKey(), html.length());
            }
        }
        Map<String, Map<Integer, long[]>> results = new LinkedHashMap<>();
        Map<Integer, Double> throughput = new HashMap<>();
        for (int sessions : sessionCounts) {
            int rounds = Integer.getInteger("rounds", sessions == 1 ? 30 : 10);
            List<Session> logins = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                logins.add(Session.login(users.get(s % users.size())));
            }
            Map<String, List<Long>> times = new ConcurrentHashMap<>();
            pages.keySet().forEach(p -> times.put(p, Collections.synchronizedList(new ArrayList<>())));
            ExecutorService pool = Executors.newFixedThreadPool(sessions);
            CyclicBarrier start = new CyclicBarrier(sessions);
            long[] begin = new long[1];
            List<Future<?>> futures = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                Session session = logins.get(s);
                int offset = s;
                futures.add(pool.submit(() -> {
                    try {
                    List<String> names = new ArrayList<>(pages.keySet());
                    for (int r = 0; r < warmup; r++) {
                        for (String name : names) {
                            session.page(pages.get(name));
                        }
                    }
                    start.await();
                    synchronized (begin) {
                        if (begin[0] == 0) {
                            begin[0] = System.nanoTime();
                        }
                    }
                    for (int r = 0; r < rounds; r++) {
                        // each session starts its round on another page, so the ten do not all ask for the same one
                        for (int i = 0; i < names.size(); i++) {
                            String name = names.get((i + offset + r) % names.size());
                            long t = System.nanoTime();
                            session.page(pages.get(name));
                            times.get(name).add(System.nanoTime() - t);
                        }
                    }
                    } catch (Exception e) {
                        e.printStackTrace();
                        start.reset(); // the others stop at the barrier instead of waiting for ever
                        throw e;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - begin[0]) / 1e9;
            pool.shutdown();
            long count = times.values().stream().mapToLong(List::size).sum();
            throughput.put(sessions, count / seconds);
            for (String name : pages.keySet()) {
                long[] sorted = BenchHttp.sorted(times.get(name));
                results.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(sessions, sorted);
                System.out.printf("%d sessions, %s: p50 %.0f ms, p95 %.0f ms%n", sessions, name,
                        BenchHttp.percentile(sorted, 50), BenchHttp.percentile(sorted, 95));
            }
        }
        System.out.printf("%nplan %d, version %d; users %s; load %s%n", plan, version, users, loadavg());
        StringBuilder head = new StringBuilder("| page |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (int sessions : sessionCounts) {
            head.append(" %d: p50 ms | %d: p95 ms |".formatted(sessions, sessions));
            rule.append(" --- | --- |");
        }
        System.out.println(head);
        System.out.println(rule);
        for (var e : results.entrySet()) {
            StringBuilder line = new StringBuilder("| " + e.getKey() + " |");
            for (int sessions : sessionCounts) {
                long[] sorted = e.getValue().get(sessions);
                line.append(" %.0f | %.0f |".formatted(BenchHttp.percentile(sorted, 50), BenchHttp.percentile(sorted, 95)));
            }
            System.out.println(line);
        }
        System.out.println("failed requests: " + (FAILURES.isEmpty() ? "none" : FAILURES));
        System.out.println("pages/s: " + sessionCounts.stream().map(s -> s + " sessions %.1f".formatted(throughput.get(s)))
                .collect(Collectors.joining(", ")));
    }

    private static String loadavg() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** One browser session: its own cookie jar (the portal's JSESSIONID and Keycloak's cookies), no redirects followed. */
    static final class Session {

        private final Map<String, Map<String, String>> cookies = new HashMap<>();
        /** Where the session logged in: its pages are asked there. */
        String base = BenchHttp.PORTAL;
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        static Session login(String user) throws Exception {
            return login(user, BenchHttp.PORTAL);
        }

        /** A login at {@code base} (the users' address, or one instance's own address in a cluster). */
        static Session login(String user, String base) throws Exception {
            Session s = new Session();
            s.base = base;
            HttpResponse<String> start = s.send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build());
            String keycloak = start.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("no redirect to Keycloak"));
            HttpResponse<String> form = s.send(HttpRequest.newBuilder(URI.create(keycloak)).GET().build());
            Matcher action = FORM_ACTION.matcher(form.body());
            if (!action.find()) {
                throw new IllegalStateException("no login form on " + keycloak);
            }
            String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo123&credentialId=";
            HttpResponse<String> loggedIn = s.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
            String callback = loggedIn.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("login refused: " + loggedIn.statusCode()));
            s.send(HttpRequest.newBuilder(URI.create(callback)).GET().build());
            s.page("/index.xhtml");
            return s;
        }

        /**
         * The full HTML of a page. Anything but a 200 page of the signed-in layout (a redirect to the login, an error
         * page) is counted as a failure of that page and reported with the table; more than a few stop the benchmark.
         */
        String page(String path) throws Exception {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
            if (r.statusCode() != 200 || !r.body().contains("id=\"current-user\"")) {
                String failure = path + ": " + r.statusCode();
                FAILURES.merge(failure, 1, Integer::sum);
                System.err.println("failed: " + failure);
                if (FAILURES.values().stream().mapToInt(Integer::intValue).sum() > 20) {
                    throw new IllegalStateException(failure + " " + r.body().substring(0, Math.min(300, r.body().length())));
                }
            }
            return r.body();
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            String origin = request.uri().getHost() + ":" + request.uri().getPort();
            Map<String, String> jar = cookies.computeIfAbsent(origin, o -> new LinkedHashMap<>());
            HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
            if (!jar.isEmpty()) {
                withCookies.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = client.send(withCookies.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    jar.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            return response;
        }
    }
}
