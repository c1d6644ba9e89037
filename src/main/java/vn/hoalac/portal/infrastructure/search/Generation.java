package vn.hoalac.portal.infrastructure.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One index in its own directory ({@code gen-N} under the instance's index folder), with its writer, its searchers
 * (near-real-time: a change is searchable at the next refresh, before it is committed) and how far it follows the
 * change log. Every commit stores the schema version, the watermark, when it was read and whether the index is
 * complete (a rebuild that stopped half way is not).
 */
final class Generation implements Closeable {

    static final String SCHEMA = "schema";
    static final String WATERMARK = "watermark";
    static final String WATERMARK_AT = "watermarkAt";
    static final String COMPLETE = "complete";
    static final String BUILT_AT = "builtAt";
    static final String BUILD_MILLIS = "buildMillis";

    final Path path;
    final int number;
    private final Directory directory;
    final IndexWriter writer;
    final SearcherManager searchers;
    /** The change log's rows applied above the watermark: sequence number → transaction. */
    final Map<Long, Long> applied = new ConcurrentHashMap<>();
    volatile long watermark;
    volatile boolean complete;
    volatile long builtAt;
    volatile long buildMillis;
    volatile long lastApplied;
    private volatile long lastCommit;
    private volatile boolean dirty;

    private Generation(Path path, int number, boolean create) throws IOException {
        this.path = path;
        this.number = number;
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalysis.FIELDS)
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(48)
                .setCommitOnClose(false);
        IndexWriter opened;
        try {
            opened = new IndexWriter(directory, config);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        writer = opened;
        searchers = new SearcherManager(writer, new SearcherFactory());
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        watermark = Long.parseLong(data.getOrDefault(WATERMARK, "0"));
        complete = "true".equals(data.get(COMPLETE));
        builtAt = Long.parseLong(data.getOrDefault(BUILT_AT, "0"));
        buildMillis = Long.parseLong(data.getOrDefault(BUILD_MILLIS, "0"));
    }

    /** A new, empty generation. */
    static Generation create(Path base, int number) throws IOException {
        return new Generation(base.resolve(name(number)), number, true);
    }

    /**
     * The generation in this folder if its last commit can be used: this schema, complete, and a watermark the change
     * log still covers; otherwise null (it is then rebuilt). A commit that cannot be read (corrupt) is not used.
     */
    static Generation openIfUsable(Path path, int number, long oldestUsableWatermarkAt) {
        try (Directory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                return null;
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
            if (!LuceneSchema.VERSION.equals(data.get(SCHEMA)) || !"true".equals(data.get(COMPLETE))
                    || Long.parseLong(data.getOrDefault(WATERMARK_AT, "0")) < oldestUsableWatermarkAt) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Generation g = null;
        try {
            g = new Generation(path, number, false);
            var searcher = g.searchers.acquire(); // every segment opens
            g.searchers.release(searcher);
            return g;
        } catch (IOException | RuntimeException e) {
            if (g != null) {
                try {
                    g.close();
                } catch (IOException | RuntimeException ignored) {
                    // unusable either way
                }
            }
            return null;
        }
    }

    static String name(int number) {
        return "gen-%06d".formatted(number);
    }

    /** Replaces every entry of a record (none: the record is gone). */
    void replace(String group, List<Document> documents) throws IOException {
        Term term = new Term(LuceneSchema.GROUP, group);
        if (documents.isEmpty()) {
            writer.deleteDocuments(term);
        } else {
            writer.updateDocuments(term, documents);
        }
        dirty = true;
        lastApplied = System.currentTimeMillis();
    }

    /** Adds an entry to a generation being built (nothing to replace yet). */
    void add(Document document) throws IOException {
        writer.addDocument(document);
        dirty = true;
    }

    void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    /** Commits what was applied, with the watermark, when something changed since the last commit or when asked to. */
    void commit(boolean force) throws IOException {
        long now = System.currentTimeMillis();
        if (!force && !(dirty && now - lastCommit >= 1000) && now - lastCommit < 60_000) {
            return;
        }
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA, LuceneSchema.VERSION);
        data.put(WATERMARK, Long.toString(watermark));
        data.put(WATERMARK_AT, Long.toString(now));
        data.put(COMPLETE, Boolean.toString(complete));
        data.put(BUILT_AT, Long.toString(builtAt));
        data.put(BUILD_MILLIS, Long.toString(buildMillis));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        lastCommit = now;
        dirty = false;
    }

    long sizeBytes() {
        try (Stream<Path> files = Files.list(path)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        }
    }

    void closeAndDelete() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            // deleted below all the same
        }
        deleteTree(path);
    }

    static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a folder left behind is removed at the next start
        }
    }
}
