package vn.hoalac.portal.bench;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.hoalac.portal.application.document.DocumentPage;
import vn.hoalac.portal.application.document.DocumentSummary;
import vn.hoalac.portal.application.search.IndexEntry;
import vn.hoalac.portal.application.search.LibraryQuery;
import vn.hoalac.portal.application.search.SearchQuery;
import vn.hoalac.portal.application.search.SearchResult;
import vn.hoalac.portal.domain.model.document.ExtractionStatus;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.infrastructure.search.LuceneSearchEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search index alone, in process, at a million documents: no portal, no database, no HTTP. Builds once, into a
 * folder of its own, an index of generated documents the way the portal writes it ({@link LuceneSearchEngine#add},
 * its analysis, fields and 48 MB writer buffer): ~350 words each of corpus sentences, varied with numbers, places and
 * years as SearchBenchmark varies them, five organizations (BQL, DHBK, DHQGHN, HVNN, BCD07), one in five documents
 * readable by its organization only, the others by the portal's roles (the reader tokens {@code document_reader}
 * holds). A folder that already holds an index of that many documents from an earlier run is reused, so the
 * measurement can be repeated without rebuilding. Then, with one client, p50/p95/p99 latency of each search as the
 * search page runs it ({@link LuceneSearchEngine#search} on {@link LuceneSearchEngine#timed}, page of 20: the exact
 * count and facets pass, the ranked pass and the snippets) as {@code bql.soan} (a BQL park manager), and of library
 * pages ({@link LuceneSearchEngine#documents}: exact count and one page, by title, by last change, by organization,
 * by a title typed half), each timed after warm-ups (every query in turn, then its own).
 * The product's goal: p95 &lt; 20 ms per query at 1,000,000 documents. Prints Markdown tables.
 * <pre>MAVEN_OPTS=-Xmx2g ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.IndexBenchmark</pre>
 * System properties: documents (default 1000000; e.g. -Ddocuments=50000 for a smoke run), index (folder, default
 * target/bench-index; a folder holding another number of documents is emptied and rebuilt), requests (timed runs per
 * query, default 200), warmups (default 20), threads (indexing threads, default the number of processors), corpus
 * (default ../shared/corpus), seed (default 2030).
 */
public final class IndexBenchmark {

    static final List<String> QUERIES = List.of("chuyển", "khu công nghệ cao hòa lạc", "\"sàn giao dịch công nghệ\"", "hoa lac", "36502");
    /** The reader tokens of bql.soan, a park manager of BQL ({@code Readers.of}). */
    static final Set<String> READERS = Set.of("role:park-manager", "org:BQL:park-manager");
    static final OffsetDateTime START = OffsetDateTime.of(2023, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    static final String DOCUMENTS = "bench.documents";
    static final String BUILD_MILLIS = "bench.buildMillis";
    static final double GOAL_P95_MS = 20;

    public static void main(String[] args) throws Exception {
        int documents = Integer.getInteger("documents", 1_000_000);
        Path folder = Path.of(System.getProperty("index", "target/bench-index")).toAbsolutePath();
        int requests = Integer.getInteger("requests", 200);
        int warmups = Integer.getInteger("warmups", 20);
        int threads = Integer.getInteger("threads", Runtime.getRuntime().availableProcessors());
        long seed = Long.getLong("seed", 2030);

        String built = reusable(folder, documents);
        if (built == null) {
            built = build(folder, documents, threads, seed);
        }
        try (Directory dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.println("## Index benchmark (in process, one client)");
            System.out.println();
            System.out.println("| setting | value |");
            System.out.println("| --- | --- |");
            System.out.printf("| documents | %,d |%n", reader.numDocs());
            System.out.printf("| index | %s |%n", folder);
            System.out.printf("| build | %s |%n", built);
            System.out.printf("| size on disk | %s (%d segments) |%n", BenchCorpus.megabytes(BenchCorpus.size(folder)), reader.leaves().size());
            System.out.printf("| heap (-Xmx) | %s |%n", BenchCorpus.megabytes(Runtime.getRuntime().maxMemory()));
            System.out.printf("| reader of the searches | %s |%n", String.join(", ", new TreeSet<>(READERS)));
            System.out.printf("| runs per query | %d, after %d warm-ups of every query in turn and %d of its own |%n", requests, warmups, warmups);
            System.out.println();
            // the JIT first: every search and library page in turn, so the first one measured is not the one that warms it
            for (int i = 0; i < warmups; i++) {
                for (String q : QUERIES) {
                    LuceneSearchEngine.search(LuceneSearchEngine.timed(searcher, 10_000), new SearchQuery(q, READERS, null, null, null,
                            null, null, SearchQuery.Order.RELEVANCE, 0, 20), true);
                }
                for (LibraryQuery.Sort sort : List.of(LibraryQuery.Sort.TITLE, LibraryQuery.Sort.UPDATED)) {
                    LuceneSearchEngine.documents(LuceneSearchEngine.timed(searcher, 10_000), new LibraryQuery(READERS, i % 2 == 0 ? null : "kế hoạ",
                            null, i % 3 == 0 ? "DHBK" : null, null, null, null, null, null, null, sort, sort == LibraryQuery.Sort.TITLE, 0, 20));
                }
            }
            System.out.println("| search (page of 20) | p50 ms | p95 ms | p99 ms | mean ms | results (total) | p95 < 20 ms |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            for (String q : QUERIES) {
                SearchQuery s = new SearchQuery(q, READERS, null, null, null, null, null, SearchQuery.Order.RELEVANCE, 0, 20);
                SearchResult[] last = new SearchResult[1];
                long[] times = time(requests, warmups, () -> last[0] = LuceneSearchEngine.search(LuceneSearchEngine.timed(searcher, 10_000), s, true));
                row(q, times, String.format("%,d", last[0].total()) + (last[0].totalIsLowerBound() ? "+ (timed out)" : ""));
            }
            System.out.println();
            System.out.println("| library page (20 rows) | p50 ms | p95 ms | p99 ms | mean ms | rows (total) | p95 < 20 ms |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            library(searcher, "by title (A→Z)", null, null, LibraryQuery.Sort.TITLE, true, requests, warmups);
            library(searcher, "by last change (newest first)", null, null, LibraryQuery.Sort.UPDATED, false, requests, warmups);
            library(searcher, "organization DHBK, by last change", null, "DHBK", LibraryQuery.Sort.UPDATED, false, requests, warmups);
            library(searcher, "organization DHBK, by title", null, "DHBK", LibraryQuery.Sort.TITLE, true, requests, warmups);
            library(searcher, "title typed \"kế hoạ\", by last change", "kế hoạ", null, LibraryQuery.Sort.UPDATED, false, requests, warmups);
        }
    }

    static void library(IndexSearcher searcher, String label, String title, String organization, LibraryQuery.Sort sort, boolean ascending,
                        int requests, int warmups) throws IOException {
        LibraryQuery l = new LibraryQuery(READERS, title, null, organization, null, null, null, null, null, null, sort, ascending, 0, 20);
        DocumentPage[] last = new DocumentPage[1];
        long[] times = time(requests, warmups, () -> last[0] = LuceneSearchEngine.documents(LuceneSearchEngine.timed(searcher, 10_000), l));
        row(label, times, String.format("%,d", last[0].total()));
    }

    interface Run {
        void run() throws IOException;
    }

    static long[] time(int requests, int warmups, Run run) throws IOException {
        for (int i = 0; i < warmups; i++) {
            run.run();
        }
        long[] times = new long[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            run.run();
            times[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(times);
        return times;
    }

    static void row(String label, long[] sorted, String total) {
        double p95 = BenchCorpus.percentile(sorted, 95);
        System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f | %s | %s |%n", BenchCorpus.cell(label), BenchCorpus.percentile(sorted, 50),
                p95, BenchCorpus.percentile(sorted, 99), BenchCorpus.mean(sorted), total, p95 < GOAL_P95_MS ? "yes" : "NO");
    }

    /** How the index in this folder was built, if it holds an index of this many documents built by this benchmark. */
    static String reusable(Path folder, int documents) throws IOException {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return null;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                if (reader.numDocs() == documents && String.valueOf(documents).equals(data.get(DOCUMENTS))) {
                    return String.format("reused (built earlier in %.0f s)", Long.parseLong(data.getOrDefault(BUILD_MILLIS, "0")) / 1000.0);
                }
                System.err.printf("%s holds %,d documents, not %,d: rebuilding%n", folder, reader.numDocs(), documents);
                return null;
            }
        }
    }

    static String build(Path folder, int documents, int threads, long seed) throws Exception {
        if (Files.isDirectory(folder)) {
            boolean index;
            try (Directory dir = FSDirectory.open(folder); var files = Files.list(folder)) {
                index = DirectoryReader.indexExists(dir) || files.findAny().isEmpty();
            }
            if (!index) {
                throw new IllegalStateException(folder + " holds files that are no index: give another -Dindex");
            }
        }
        BenchCorpus.delete(folder);
        Files.createDirectories(folder);
        Generator generator = new Generator(BenchCorpus.sentences());
        long begin = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicLong words = new AtomicLong();
        AtomicLong characters = new AtomicLong();
        try (Directory dir = FSDirectory.open(folder)) {
            // closing commits and waits for the merges under way: the build time includes them
            try (IndexWriter writer = new IndexWriter(dir, LuceneSearchEngine.writerConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(48))) {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    List<Future<?>> futures = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        futures.add(pool.submit(() -> {
                            for (int i = next.getAndIncrement(); i < documents; i = next.getAndIncrement()) {
                                long id = i + 1L;
                                Generator.Doc d = generator.document(id, new SplittableRandom(seed * 1_000_003L + id));
                                words.addAndGet(d.words());
                                characters.addAndGet(d.entry().text().length());
                                LuceneSearchEngine.add(writer, IndexEntry.group("DOCUMENT", id), d.entry());
                                if (id % 100_000 == 0) {
                                    System.err.printf("%,d documents indexed (%.0f s)%n", id, (System.nanoTime() - begin) / 1e9);
                                }
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : futures) {
                        f.get();
                    }
                } finally {
                    pool.shutdown();
                }
            }
            long millis = (System.nanoTime() - begin) / 1_000_000;
            // only now is the index known complete: a folder without this mark is rebuilt by the next run
            try (IndexWriter writer = new IndexWriter(dir, LuceneSearchEngine.writerConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                writer.setLiveCommitData(Map.of(DOCUMENTS, String.valueOf(documents), BUILD_MILLIS, String.valueOf(millis)).entrySet());
                writer.commit();
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        return String.format("%.0f s with %d threads (%,.0f documents/s; %d words, %,d characters a document on average; "
                        + "merges included)", seconds, threads, documents / seconds,
                words.get() / Math.max(1, documents), characters.get() / Math.max(1, documents));
    }

    /** Generated documents as {@code DocumentEntries} gives them to the index. */
    static final class Generator {
        final List<String> sentences;
        final int[] sentenceWords;

        Generator(List<String> sentences) {
            this.sentences = sentences;
            sentenceWords = sentences.stream().mapToInt(s -> s.split("\\s+").length).toArray();
        }

        record Doc(IndexEntry entry, int words) {
        }

        Doc document(long id, SplittableRandom random) {
            StringBuilder body = new StringBuilder();
            int words = 0;
            while (words < 350) {
                int n = random.nextInt(sentences.size());
                body.append(sentences.get(n).replace("2030", String.valueOf(2025 + random.nextInt(21)))
                        .replace("Hòa Lạc", random.nextInt(4) == 0 ? BenchCorpus.PLACES[random.nextInt(BenchCorpus.PLACES.length)] : "Hòa Lạc")).append(' ');
                words += sentenceWords[n];
                if (random.nextInt(5) == 0) {
                    body.append("Số liệu ").append(random.nextInt(100_000)).append(" tại ")
                            .append(BenchCorpus.PLACES[random.nextInt(BenchCorpus.PLACES.length)]).append(". ");
                    words += 5;
                }
            }
            String text = body.toString().strip();
            String kind = BenchCorpus.KINDS[random.nextInt(BenchCorpus.KINDS.length)];
            String title = kind + " số " + id + "/" + (2023 + random.nextInt(4)) + " về " + sentences.get(random.nextInt(sentences.size())).split(",")[0];
            String organization = BenchCorpus.ORGANIZATIONS[random.nextInt(BenchCorpus.ORGANIZATIONS.length)];
            boolean portal = random.nextInt(5) != 0;
            Set<String> readers = portal ? new TreeSet<>(BenchCorpus.PORTAL_READERS)
                    : new TreeSet<>(List.of("role:committee-approver", "org:" + organization + ":park-manager",
                    "org:" + organization + ":university-reviewer", "org:" + organization + ":committee-approver"));
            OffsetDateTime at = START.plusHours(random.nextInt(4 * 365 * 24));
            String filename = "van-ban-" + id + ".txt";
            DocumentSummary row = new DocumentSummary(id, title, kind, List.of("benchmark"), organization,
                    portal ? Visibility.PORTAL : Visibility.ORGANIZATION, 1, filename, text.getBytes(StandardCharsets.UTF_8).length,
                    "text/plain", ExtractionStatus.DONE, at, "bench");
            String meta = filename + "\nbenchmark\n" + kind;
            return new Doc(new IndexEntry("DOCUMENT", id, 1, 0, null, title, title, meta, text, List.of(), kind, organization,
                    null, at, readers, row), words);
        }
    }
}
