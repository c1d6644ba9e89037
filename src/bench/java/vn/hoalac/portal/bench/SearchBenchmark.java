package vn.hoalac.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Search at scale. {@code generate} fills the portal's database with realistic Vietnamese document versions built
 * from the corpus sentences (varied with numbers, places and years), with their bytes, extraction, reader and change
 * log rows, and waits until the portal's index holds them; {@code measure} calls GET /api/search for one-word,
 * multi-word, phrase, unaccented and number queries with 1 and 8 clients and prints p50/p95/p99; {@code library}
 * does the same for GET /api/documents (browse, sorted, filtered); {@code clean} removes what generate added. Against a running portal (./mvnw -Pstart):
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.SearchBenchmark -Dexec.args="generate measure"</pre>
 * System properties: documents (default 100000), requests (per query and client count, default 200),
 * db (default jdbc:postgresql://localhost:5433/portal), db.user / db.password (default portal_app, the portal's own role:
 * documents generated before that role existed belong to {@code portal}, give -Ddb.user=portal to clean them),
 * corpus (default ../shared/corpus).
 */
public final class SearchBenchmark {

    static final String CATEGORY = "Benchmark";
    /** Not a query: the line of GET /api/me, the floor every request pays (HTTP, token, JSON). */
    static final String FLOOR = "(GET /api/me)";
    static final List<String> QUERIES = List.of(FLOOR, "chuyển", "khu công nghệ cao hòa lạc", "\"sàn giao dịch công nghệ\"", "hoa lac",
            "36502");

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("db", "jdbc:postgresql://localhost:5433/portal");
        for (String step : args.length == 0 ? new String[] {"measure"} : String.join(" ", args).split("\\s+")) {
            switch (step) {
                case "generate" -> generate(db, Integer.getInteger("documents", 100_000), Path.of(System.getProperty("corpus", "../shared/corpus")));
                case "measure" -> measure(Integer.getInteger("requests", 200));
                case "library" -> measureLibrary(Integer.getInteger("requests", 200));
                case "clean" -> clean(db);
                default -> throw new IllegalArgumentException("steps: generate, measure, library, clean");
            }
        }
    }

    static void generate(String db, int documents, Path corpus) throws Exception {
        List<String> sentences = new ArrayList<>();
        try (var files = Files.list(corpus.resolve("src"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                for (String s : Files.readString(file).split("(?<=[.;:])\\s+|\\n+")) {
                    if (s.strip().length() > 20) {
                        sentences.add(s.strip());
                    }
                }
            }
        }
        String[] places = {"Thạch Thất", "Quốc Oai", "Hòa Lạc", "Xuân Mai", "Sơn Tây", "Láng – Hòa Lạc", "Tiến Xuân", "Bình Yên"};
        String[] organizations = {"BQL", "DHBK", "DHQGHN", "HVNN", "BCD07"};
        String[] kinds = {"Báo cáo", "Tờ trình", "Kế hoạch", "Biên bản", "Công văn", "Đề xuất", "Thông báo"};
        Random random = new Random(2030);
        long begin = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db + (db.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", DB_USER, DB_PASSWORD)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE bench_text (doc_id bigint, title text, body text, org text, vis text, ts timestamptz) ON COMMIT DROP");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_text VALUES (nextval('document_id_seq'), ?, ?, ?, ?, ?)")) {
                Instant start = Instant.parse("2023-01-01T00:00:00Z");
                for (int i = 0; i < documents; i++) {
                    StringBuilder body = new StringBuilder();
                    while (body.length() < 2500) {
                        String sentence = sentences.get(random.nextInt(sentences.size()));
                        body.append(sentence.replace("2030", String.valueOf(2025 + random.nextInt(21)))
                                .replace("Hòa Lạc", random.nextInt(4) == 0 ? places[random.nextInt(places.length)] : "Hòa Lạc")).append(' ');
                        if (random.nextInt(5) == 0) {
                            body.append("Số liệu ").append(random.nextInt(100_000)).append(" tại ").append(places[random.nextInt(places.length)]).append(". ");
                        }
                    }
                    insert.setString(1, kinds[random.nextInt(kinds.length)] + " số " + (i + 1) + "/" + (2023 + random.nextInt(4))
                            + " về " + sentences.get(random.nextInt(sentences.size())).split(",")[0]);
                    insert.setString(2, body.toString());
                    insert.setString(3, organizations[random.nextInt(organizations.length)]);
                    insert.setString(4, random.nextInt(5) == 0 ? "ORGANIZATION" : "PORTAL");
                    insert.setTimestamp(5, Timestamp.from(start.plus(random.nextInt(4 * 365 * 24), ChronoUnit.HOURS)));
                    insert.addBatch();
                    if (i % 2000 == 1999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE bench_text ADD COLUMN sha char(64)");
                s.execute("UPDATE bench_text SET sha = encode(sha256(convert_to(body, 'UTF8')), 'hex')");
                s.execute("""
                        INSERT INTO content_blob (sha256, size, lo)
                        SELECT sha, octet_length(convert_to(body, 'UTF8')), lo_from_bytea(0, convert_to(body, 'UTF8'))
                        FROM bench_text ON CONFLICT DO NOTHING""");
                s.execute("""
                        INSERT INTO extraction (sha256, status, content_type, language, text, finished_at, attempts)
                        SELECT sha, 'DONE', 'text/plain', 'vi', body, ts, 1 FROM bench_text ON CONFLICT DO NOTHING""");
                s.execute("""
                        INSERT INTO document (id, title, category, tags, organization, visibility, current_version,
                                              created_at, created_by, updated_at, updated_by)
                        SELECT doc_id, title, 'Benchmark', 'benchmark', org, vis, 1, ts, 'bench', ts, 'bench' FROM bench_text""");
                // each document's own readers, as DocumentAccess.ownReaders gives them (see V8__document_readers.sql)
                s.execute("""
                        INSERT INTO document_reader (document_id, granted_by, token)
                        SELECT doc_id, 'DOCUMENT', unnest(CASE WHEN vis = 'PORTAL'
                            THEN ARRAY['role:park-manager', 'role:university-reviewer', 'role:committee-approver', 'role:admin']
                            ELSE ARRAY['role:committee-approver', 'org:' || org || ':park-manager', 'org:' || org || ':university-reviewer',
                                       'org:' || org || ':committee-approver'] END)
                        FROM bench_text""");
                s.execute("""
                        INSERT INTO document_version (document_id, number, filename, sha256, size, created_at, created_by)
                        SELECT doc_id, 1, 'van-ban-' || doc_id || '.txt', sha, octet_length(convert_to(body, 'UTF8')), ts, 'bench'
                        FROM bench_text""");
                // the change log the portal's index follows, as the portal's own changes write it
                s.execute("INSERT INTO search_change (record_type, record_id) SELECT 'DOCUMENT', doc_id FROM bench_text ORDER BY doc_id");
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("VACUUM ANALYZE document");
                s.execute("VACUUM ANALYZE document_reader");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM document")) {
                    rs.next();
                    System.out.printf("generated %d document versions in %.0f s; %d documents in the portal%n",
                            documents, (System.nanoTime() - begin) / 1e9, rs.getLong(1));
                }
            }
            awaitIndexed(documents, begin);
        }
    }

    /** Waits until the portal's index holds the generated documents (its follower applies the change log). */
    static void awaitIndexed(int documents, long begin) throws Exception {
        String token = BenchHttp.token("bql.soan");
        String url = BenchHttp.PORTAL + "/api/documents?size=1&category=" + CATEGORY;
        long committed = System.nanoTime();
        while (true) {
            long total = BenchHttp.json(call(url, token)).getJsonNumber("total").longValue();
            if (total >= documents) {
                System.out.printf("indexed by the portal %.1f s after the commit (%.0f s after the start)%n",
                        (System.nanoTime() - committed) / 1e9, (System.nanoTime() - begin) / 1e9);
                return;
            }
            Thread.sleep(500);
        }
    }

    /** The library page's API the same way: browse (newest first), sorted by title, filtered. */
    static final List<String> LIBRARY = List.of("", "&sort=title&asc=true", "&sort=size", "&organization=DHBK",
            "&title=bao%20cao", "&updated=2024&sort=title&asc=true");

    static void measure(int requests) throws Exception {
        String token = BenchHttp.token("bql.soan");
        System.out.println("| query | clients | p50 ms | p95 ms | p99 ms | requests/s | results (total) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (int clients : new int[] {1, 8}) {
            for (String query : QUERIES) {
                // the anchor: GET /api/me, the same HTTP, token check and JSON without any search
                String url = query.equals(FLOOR) ? BenchHttp.PORTAL + "/api/me"
                        : BenchHttp.PORTAL + "/api/search?size=20&q=" + BenchHttp.encode(query);
                String line = load(url, token, clients, requests);
                String total = query.equals(FLOOR) ? "–" : BenchHttp.json(call(url, token)).get("total")
                        + (BenchHttp.json(call(url, token)).getBoolean("totalIsLowerBound") ? "+" : "");
                System.out.printf("| %s | %d | %s | %s |%n", query.replace("|", "\\|"), clients, line, total);
            }
        }
    }

    static void measureLibrary(int requests) throws Exception {
        String token = BenchHttp.token("bql.soan");
        System.out.println("| library request | clients | p50 ms | p95 ms | p99 ms | requests/s | total |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (int clients : new int[] {1, 8}) {
            for (String filter : LIBRARY) {
                String url = BenchHttp.PORTAL + "/api/documents?size=20" + filter;
                String line = load(url, token, clients, requests);
                System.out.printf("| %s | %d | %s | %s |%n", filter.isEmpty() ? "(browse)" : filter.substring(1), clients, line,
                        BenchHttp.json(call(url, token)).get("total"));
            }
        }
    }

    /** 20 warm-ups, then {@code requests} calls (twice as many with several clients): "p50 | p95 | p99 | requests/s". */
    private static String load(String url, String token, int clients, int requests) throws Exception {
        for (int i = 0; i < 20; i++) {
            call(url, token); // warm-up
        }
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long begin = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < requests / clients * (clients == 1 ? 1 : 2); i++) {
                    long t = System.nanoTime();
                    call(url, token);
                    times.add(System.nanoTime() - t);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        long[] sorted = BenchHttp.sorted(times);
        return "%.1f | %.1f | %.1f | %.0f".formatted(BenchHttp.percentile(sorted, 50), BenchHttp.percentile(sorted, 95),
                BenchHttp.percentile(sorted, 99), sorted.length / seconds);
    }

    private static String call(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = BenchHttp.HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** The portal's own role by default, so that the portal can read the large objects the generator writes. */
    private static final String DB_USER = System.getProperty("db.user", "portal_app");
    private static final String DB_PASSWORD = System.getProperty("db.password", DB_USER);

    static void clean(String db) throws Exception {
        try (Connection c = DriverManager.getConnection(db, DB_USER, DB_PASSWORD); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE TEMP TABLE bench_docs ON COMMIT DROP AS SELECT d.id, v.sha256 FROM document d JOIN document_version v ON v.document_id = d.id WHERE d.category = 'Benchmark' AND d.created_by = 'bench'");
            s.execute("INSERT INTO search_change (record_type, record_id) SELECT 'DOCUMENT', id FROM bench_docs");
            s.execute("DELETE FROM document_reader WHERE document_id IN (SELECT id FROM bench_docs)");
            s.execute("DELETE FROM document_version WHERE document_id IN (SELECT id FROM bench_docs)");
            s.execute("DELETE FROM document WHERE id IN (SELECT id FROM bench_docs)");
            s.execute("DELETE FROM extraction e WHERE e.sha256 IN (SELECT sha256 FROM bench_docs) AND NOT EXISTS (SELECT 1 FROM document_version v WHERE v.sha256 = e.sha256)");
            s.execute("SELECT lo_unlink(b.lo) FROM content_blob b WHERE b.sha256 IN (SELECT sha256 FROM bench_docs) AND NOT EXISTS (SELECT 1 FROM document_version v WHERE v.sha256 = b.sha256)");
            s.execute("DELETE FROM content_blob b WHERE b.sha256 IN (SELECT sha256 FROM bench_docs) AND NOT EXISTS (SELECT 1 FROM document_version v WHERE v.sha256 = b.sha256)");
            c.commit();
            System.out.println("benchmark documents removed");
        }
    }
}
