package vn.hoalac.portal.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The traffic of the cluster benchmarks: clients of four kinds that loop until stopped, each request recorded with its
 * time, status and the instance that answered (the {@code X-Portal-Instance} header): browser sessions logged in through
 * Keycloak's real login form that GET pages ({@link PageBenchmark.Session}: their own cookies, so nginx keeps each on
 * one instance), bearer API clients that search and list the library, upload small unique files, or comment on a plan
 * version in review. Nothing here retries: a failed request is recorded as it came.
 */
final class ClusterLoad {

    static final String HEADER = "X-Portal-Instance";
    static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("timeout", 60));
    static final HttpClient API = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One request as a client saw it. Times in ms since the recorder's start; status -1 = no answer (an exception). */
    record Sample(long start, long end, String kind, String method, int status, String instance, String error) {
        boolean failed() {
            return error != null;
        }
    }

    /** Every request of a run. */
    static final class Recorder {
        final long t0 = System.nanoTime();
        final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        final AtomicInteger failures = new AtomicInteger();

        long now() {
            return (System.nanoTime() - t0) / 1_000_000;
        }

        void add(long start, String kind, String method, int status, String instance, String error) {
            samples.add(new Sample(start, now(), kind, method, status, instance, error));
            if (error != null) {
                failures.incrementAndGet();
                if (Boolean.parseBoolean(System.getProperty("verbose", "true"))) {
                    System.err.printf("[%7.1f s] %s %s failed: %s%n", start / 1000.0, method, kind, error);
                }
            }
        }

        List<Sample> since(long from) {
            return samples.stream().filter(s -> s.start() >= from).toList();
        }
    }

    /** Access tokens of the demo users (password grant of portal-cli), renewed when older than a minute. */
    static final class Tokens {
        private record Held(String token, long at) {
        }

        private final Map<String, Held> held = new ConcurrentHashMap<>();

        String of(String user) throws Exception {
            Held h = held.get(user);
            if (h == null || System.nanoTime() - h.at() > 60_000_000_000L) {
                synchronized (this) {
                    h = held.get(user);
                    if (h == null || System.nanoTime() - h.at() > 60_000_000_000L) {
                        h = new Held(BenchHttp.token(user), System.nanoTime());
                        held.put(user, h);
                    }
                }
            }
            return h.token();
        }
    }

    /** A loop of requests until {@link #stop} is set; pauses {@code pauseMs} ± half between requests. */
    abstract static class Client implements Runnable {
        final Recorder recorder;
        final AtomicBoolean stop;
        final long pauseMs;
        final Random random;
        final AtomicInteger done = new AtomicInteger();

        Client(Recorder recorder, AtomicBoolean stop, long pauseMs, long seed) {
            this.recorder = recorder;
            this.stop = stop;
            this.pauseMs = pauseMs;
            this.random = new Random(seed);
        }

        abstract void once() throws Exception;

        @Override
        public void run() {
            while (!stop.get()) {
                try {
                    once();
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // once() records its own failures; anything else is a bug of the client
                    recorder.add(recorder.now(), getClass().getSimpleName(), "?", -1, "", e.toString());
                }
                done.incrementAndGet();
                if (pauseMs > 0) {
                    try {
                        Thread.sleep(pauseMs / 2 + (long) (random.nextDouble() * pauseMs));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /** The pages a browser session walks: home, library, a search, plans, agreements, proposals. */
    static final List<String> PAGES = List.of("/index.xhtml", "/documents/index.xhtml", "/search.xhtml?q=hoa+lac",
            "/plans/index.xhtml", "/agreements/index.xhtml", "/proposals/index.xhtml", "/documents/index.xhtml",
            "/search.xhtml?q=chuy%E1%BB%83n");

    /** A browser session through nginx: logs in once, then GETs the pages in turn (a page is a 200 of the signed-in layout). */
    static final class Browser extends Client {
        private final String user;
        private final List<String> pages;
        /** Where the session logs in and asks its pages: nginx (-Dportal) by default, or one instance directly. */
        String base = BenchHttp.PORTAL;
        private PageBenchmark.Session session;
        private int next;

        Browser(Recorder recorder, AtomicBoolean stop, long pauseMs, long seed, String user, List<String> pages) {
            super(recorder, stop, pauseMs, seed);
            this.user = user;
            this.pages = pages;
            this.next = (int) (seed % pages.size());
        }

        void login() throws Exception {
            session = PageBenchmark.Session.login(user, base);
        }

        @Override
        void once() throws Exception {
            String path = pages.get(next++ % pages.size());
            long start = recorder.now();
            try {
                HttpResponse<String> r = session.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build());
                String instance = r.headers().firstValue(HEADER).orElse("");
                String error = r.statusCode() != 200 ? "status " + r.statusCode()
                        : !r.body().contains("id=\"current-user\"") ? "200 without the signed-in layout (logged out?)" : null;
                recorder.add(start, "page " + path, "GET", r.statusCode(), instance, error);
            } catch (java.io.IOException e) {
                recorder.add(start, "page " + path, "GET", -1, "", e.toString());
            }
        }
    }

    /** Search API and library API calls (GET, bearer token). */
    static final class Searcher extends Client {
        static final List<String> PATHS = List.of("/api/search?size=20&q=" + BenchHttp.encode("hoa lac"),
                "/api/documents?size=20", "/api/search?size=20&q=" + BenchHttp.encode("chuyển"),
                "/api/documents?size=20&sort=title&asc=true", "/api/search?size=20&q=" + BenchHttp.encode("khu công nghệ cao hòa lạc"),
                "/api/documents?size=20&organization=DHBK");
        private final Tokens tokens;
        private final String user;
        private final List<String> paths;
        private int next;

        Searcher(Recorder recorder, AtomicBoolean stop, long pauseMs, long seed, Tokens tokens, String user, List<String> paths) {
            super(recorder, stop, pauseMs, seed);
            this.tokens = tokens;
            this.user = user;
            this.paths = paths;
            this.next = (int) (seed % paths.size());
        }

        @Override
        void once() throws Exception {
            String path = paths.get(next++ % paths.size());
            get(recorder, tokens.of(user), BenchHttp.PORTAL + path, path.startsWith("/api/search") ? "search API" : "library API");
        }
    }

    /** One GET with a bearer token, recorded; returns the body (null on failure). */
    static String get(Recorder recorder, String token, String url, String kind) throws InterruptedException {
        long start = recorder.now();
        try {
            HttpResponse<String> r = API.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            recorder.add(start, kind, "GET", r.statusCode(), r.headers().firstValue(HEADER).orElse(""),
                    r.statusCode() == 200 ? null : "status " + r.statusCode());
            return r.statusCode() == 200 ? r.body() : null;
        } catch (java.io.IOException e) {
            recorder.add(start, kind, "GET", -1, "", e.toString());
            return null;
        }
    }

    /** Uploads a small unique text file (POST /api/documents); the ids the portal acknowledged (201) are kept. */
    static final class Uploader extends Client {
        final List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        private final Tokens tokens;
        private final String user;
        private final String category;
        private final List<String> sentences;

        Uploader(Recorder recorder, AtomicBoolean stop, long pauseMs, long seed, Tokens tokens, String user, String category,
                 List<String> sentences) {
            super(recorder, stop, pauseMs, seed);
            this.tokens = tokens;
            this.user = user;
            this.category = category;
            this.sentences = sentences;
        }

        @Override
        void once() throws Exception {
            String token = tokens.of(user);
            String marker = "bench" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            StringBuilder text = new StringBuilder("Văn bản thử tải " + marker + ".\n");
            while (text.length() < 2000) {
                text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            }
            String boundary = "----bench-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\n" + category + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + marker
                    + ".txt\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            long start = recorder.now();
            try {
                HttpResponse<String> r = API.send(HttpRequest.newBuilder(URI.create(BenchHttp.PORTAL + "/api/documents")).timeout(TIMEOUT)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
                recorder.add(start, "upload", "POST", r.statusCode(), r.headers().firstValue(HEADER).orElse(""),
                        r.statusCode() == 201 ? null : "status " + r.statusCode() + " " + abbreviate(r.body()));
                if (r.statusCode() == 201) {
                    acknowledged.add(BenchHttp.json(r.body()).getJsonNumber("id").longValue());
                }
            } catch (java.io.IOException e) {
                recorder.add(start, "upload", "POST", -1, "", e.toString());
            }
        }
    }

    /** Comments on one plan version in review (POST .../comments as a reviewer of an invited university). */
    static final class Commenter extends Client {
        private final Tokens tokens;
        private final String user;
        private final long plan;
        private final int version;
        final AtomicInteger acknowledged = new AtomicInteger();

        Commenter(Recorder recorder, AtomicBoolean stop, long pauseMs, long seed, Tokens tokens, String user, long plan, int version) {
            super(recorder, stop, pauseMs, seed);
            this.tokens = tokens;
            this.user = user;
            this.plan = plan;
            this.version = version;
        }

        @Override
        void once() throws Exception {
            String token = tokens.of(user);
            JsonObject comment = Json.createObjectBuilder().add("sectionKey", "s1").add("quote", "Khu công nghệ cao")
                    .add("body", "Góp ý thử tải " + UUID.randomUUID()).build();
            long start = recorder.now();
            try {
                HttpResponse<String> r = API.send(HttpRequest.newBuilder(URI.create(BenchHttp.PORTAL + "/api/plans/" + plan
                                + "/versions/" + version + "/comments")).timeout(TIMEOUT)
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(comment.toString())).build(), HttpResponse.BodyHandlers.ofString());
                recorder.add(start, "comment", "POST", r.statusCode(), r.headers().firstValue(HEADER).orElse(""),
                        r.statusCode() == 201 ? null : "status " + r.statusCode() + " " + abbreviate(r.body()));
                if (r.statusCode() == 201) {
                    acknowledged.incrementAndGet();
                }
            } catch (java.io.IOException e) {
                recorder.add(start, "comment", "POST", -1, "", e.toString());
            }
        }
    }

    /**
     * A plan of its own, with one section, submitted for review by DHBK with a deadline a month away, as bql.soan:
     * [plan id, version number], so that dhbk.gopy can comment on it.
     */
    static long[] planInReview(Tokens tokens) throws Exception {
        String token = tokens.of("bql.soan");
        String code = "BENCH-CLUSTER-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject plan = send(token, "POST", "/api/plans", Json.createObjectBuilder().add("code", code)
                .add("title", "Đề án thử tải cụm máy " + code).add("horizonYear", 2030).add("visionYear", 2045).build(), 201);
        long id = plan.getJsonNumber("id").longValue();
        long revision = BenchHttp.get(token, "/api/plans/" + id).getJsonObject("draft").getJsonNumber("revision").longValue();
        send(token, "PUT", "/api/plans/" + id + "/draft", Json.createObjectBuilder().add("revision", revision)
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "s1").add("title", "Mục tiêu")
                        .add("body", "Phát triển Khu công nghệ cao Hòa Lạc")))
                .add("targets", Json.createArrayBuilder()).build(), 200);
        JsonObject version = send(token, "POST", "/api/plans/" + id + "/versions", Json.createObjectBuilder().add("note", "Thử tải")
                .add("reviewers", Json.createArrayBuilder().add("DHBK"))
                .add("reviewDeadline", LocalDate.now().plusDays(30).toString()).build(), 201);
        return new long[] {id, version.getJsonNumber("number").longValue()};
    }

    static JsonObject send(String token, String method, String path, JsonObject body, int status) throws Exception {
        HttpResponse<String> r = API.send(HttpRequest.newBuilder(URI.create(BenchHttp.PORTAL + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != status) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return BenchHttp.json(r.body());
    }

    /** Starts every client on its own thread; returns the pool (shut it down after setting stop). */
    static ExecutorService start(List<? extends Client> clients) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, clients.size()));
        clients.forEach(pool::submit);
        return pool;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private ClusterLoad() {
    }
}
