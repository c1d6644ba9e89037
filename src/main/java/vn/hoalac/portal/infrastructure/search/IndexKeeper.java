package vn.hoalac.portal.infrastructure.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.search.IndexEntry;
import vn.hoalac.portal.application.search.RecordEntries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keeps this instance's search index: opens it at start (or builds it when it is missing, corrupt, of another schema
 * or older than the change log), follows the {@link ChangeLog} in one thread (a change is searchable a quarter of a
 * second after its commit, and committed to disk within a second), and rebuilds it from PostgreSQL on request in a
 * second thread while the current index keeps answering. Nothing here is shared with another instance: each has its
 * folder ({@code search.index.dir}, {@code SEARCH_INDEX_DIR}) and follows the same log.
 */
@ApplicationScoped
public class IndexKeeper {

    private static final Logger LOG = Logger.getLogger(IndexKeeper.class.getName());
    static final long POLL_MILLIS = 250;
    /** Changes applied (and made searchable) at a time: a bulk of thousands shows up as it goes. */
    static final int CHUNK = 1000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ChangeLog log;

    @Inject
    DocumentEntries documents;

    @Inject
    RecordEntries records;

    @Inject
    @ConfigProperty(name = "search.index.dir", defaultValue = "search-index")
    String folder;

    private Path base;
    private volatile Generation serving;
    /** A generation being built; the same object as {@link #serving} when there was no usable index to answer from. */
    private volatile Generation building;
    private volatile Generation built;
    private final AtomicLong rebuildProgress = new AtomicLong();
    private volatile long rebuildTotal;
    private volatile boolean running;
    private final Semaphore wakeUp = new Semaphore(0);
    private Thread follower;
    private long lastRefresh;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        running = true;
        follower = threads.newThread(this::follow);
        follower.setName("search-index-follower");
        follower.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (follower != null) {
            follower.interrupt();
            try {
                follower.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Generation g = serving;
        if (g != null && g != building) {
            try {
                g.commit(true);
                g.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "search index not closed cleanly (it resumes from its last commit)", e);
            }
        }
    }

    /** A searcher over the serving index, or null while there is none yet; give it back with {@link #release}. */
    Lease acquire() throws IOException {
        Generation g = serving;
        if (g == null) {
            return null;
        }
        try {
            return new Lease(g, g.searchers.acquire());
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            Generation now = serving; // replaced at this moment by a rebuilt one
            return now == null || now == g ? null : new Lease(now, now.searchers.acquire());
        }
    }

    record Lease(Generation generation, IndexSearcher searcher) {
        boolean complete() {
            return generation.complete;
        }
    }

    void release(Lease lease) throws IOException {
        lease.generation().searchers.release(lease.searcher());
    }

    /** Starts a rebuild unless one runs already; returns false then. */
    synchronized boolean rebuild() {
        if (building != null || built != null || base == null) {
            return false;
        }
        try {
            Files.createDirectories(base);
            Generation g = Generation.create(base, nextNumber());
            building = g;
            Thread builder = threads.newThread(() -> build(g));
            builder.setName("search-index-rebuild");
            builder.start();
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("could not create a new search index in " + base + ": " + e.getMessage(), e);
        }
    }

    Generation serving() {
        return serving;
    }

    boolean rebuilding() {
        return building != null || built != null;
    }

    long rebuildProgress() {
        return rebuildProgress.get();
    }

    long rebuildTotal() {
        return rebuildTotal;
    }

    Path folder() {
        return base;
    }

    long pending() {
        Generation g = serving;
        if (g == null || g == building) {
            return -1;
        }
        try {
            return log.pending(g.watermark, g.applied.size());
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private void follow() {
        long backoff = 1000;
        while (running) {
            try {
                if (serving == null && building == null) {
                    open(); // again after a failure (the database not up yet, the deployment still loading classes)
                }
                Generation done = built;
                if (done != null) {
                    handOver(done);
                }
                Generation g = serving;
                if (g != null && g != building && !Files.isDirectory(g.path)) {
                    // its folder was deleted under it: it answers from what it has open while a new one is built
                    if (!rebuilding()) {
                        LOG.warning(() -> "search index folder " + g.path + " is gone: building a new index from the database");
                        rebuild();
                    }
                } else if (g != null && g != building) {
                    apply(g);
                    g.commit(false);
                }
                backoff = 1000;
                wakeUp.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception | LinkageError e) {
                // the database restarting, a disk full, a class not loadable while the deployment completes: keep the
                // index as it is and try again
                LOG.log(Level.WARNING, "search index: changes not applied yet, trying again in " + backoff + " ms", e);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    /** Opens the newest usable generation, removes the others, and builds a new one if none is usable. */
    private void open() throws IOException {
        Path folderPath = Path.of(folder).toAbsolutePath();
        Files.createDirectories(folderPath);
        long oldestUsable = System.currentTimeMillis() - (ChangeLog.KEEP_DAYS - 1) * 86_400_000L;
        List<Path> generations = generations(folderPath);
        Generation found = null;
        for (int i = generations.size() - 1; i >= 0 && found == null; i--) {
            found = Generation.openIfUsable(generations.get(i), number(generations.get(i)), oldestUsable);
        }
        for (Path p : generations) {
            if (found == null || !p.equals(found.path)) {
                Generation.deleteTree(p);
            }
        }
        synchronized (this) {
            if (found != null) {
                serving = found;
                Generation g = found;
                LOG.info(() -> "search index " + g.path + " opened; following the change log from transaction " + g.watermark);
            } else {
                LOG.info(() -> "no usable search index in " + folderPath + ": building one from the database");
                Generation g = Generation.create(folderPath, generations.isEmpty() ? 1 : number(generations.getLast()) + 1);
                building = g;
                serving = g; // answers from what is indexed so far, and says so
                Thread builder = threads.newThread(() -> build(g));
                builder.setName("search-index-rebuild");
                builder.start();
            }
            base = folderPath;
        }
    }

    private static List<Path> generations(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().matches("gen-\\d{6}")).sorted().toList();
        }
    }

    private static int number(Path generation) {
        return Integer.parseInt(generation.getFileName().toString().substring(4));
    }

    /** A number no generation of this instance had (its folder may have been deleted with every generation in it). */
    private int nextNumber() throws IOException {
        List<Path> all = generations(base);
        Generation current = serving;
        return Math.max(all.isEmpty() ? 0 : number(all.getLast()), current == null ? 0 : current.number) + 1;
    }

    /** Builds a generation from PostgreSQL: everything committed before the watermark read first, then the log. */
    private void build(Generation g) {
        long started = System.currentTimeMillis();
        try {
            g.watermark = log.watermark();
            rebuildProgress.set(0);
            rebuildTotal = documents.count();
            g.writer.deleteAll(); // a build tried again starts from nothing
            long[] lastRefresh = {System.currentTimeMillis()};
            // the documents are read in one thread and analysed in two (analysis is most of a rebuild's work)
            java.util.concurrent.ThreadPoolExecutor analysers = new java.util.concurrent.ThreadPoolExecutor(2, 2, 0,
                    TimeUnit.SECONDS, new java.util.concurrent.ArrayBlockingQueue<>(8), threads,
                    new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            List<IndexEntry> batch = new ArrayList<>();
            try {
                documents.all(entry -> {
                    if (!running) {
                        throw new IllegalStateException("the portal is stopping");
                    }
                    batch.add(entry);
                    if (batch.size() == 100) {
                        pending.add(analysers.submit(addAll(g, List.copyOf(batch))));
                        batch.clear();
                        for (var done = pending.iterator(); done.hasNext(); ) {
                            var f = done.next();
                            if (f.isDone()) {
                                getOrThrow(f); // a batch that failed fails the build: never a "complete" index missing it
                                done.remove();
                            }
                        }
                        if (g == serving && System.currentTimeMillis() - lastRefresh[0] > 1000) {
                            refreshQuietly(g); // the partial index answers meanwhile
                            lastRefresh[0] = System.currentTimeMillis();
                        }
                    }
                });
                pending.add(analysers.submit(addAll(g, List.copyOf(batch))));
                for (java.util.concurrent.Future<?> f : pending) {
                    f.get();
                }
            } finally {
                analysers.shutdownNow();
            }
            for (String type : RecordEntries.TYPES) {
                for (long id : records.ids(type)) {
                    replace(g, type, id, records.of(type, id));
                }
            }
            g.complete = true;
            g.builtAt = System.currentTimeMillis();
            g.buildMillis = g.builtAt - started;
            g.commit(true);
            g.refresh();
            long docs = rebuildProgress.get();
            LOG.info(() -> "search index " + g.path + " built: " + docs + " documents and the other records in "
                    + g.buildMillis + " ms");
            built = g;
            wakeUp.release();
        } catch (Exception | LinkageError e) {
            if (!running) {
                return; // stopping: the half-built index is not committed as complete and is built again at the next start
            }
            LOG.log(Level.SEVERE, "search index rebuild failed; " + (g == serving ? "trying again in a minute"
                    : "the current index keeps answering"), e);
            synchronized (this) {
                if (g != serving) {
                    building = null;
                    g.closeAndDelete();
                } else {
                    Thread retry = threads.newThread(() -> {
                        try {
                            Thread.sleep(60_000);
                            build(g);
                        } catch (InterruptedException ie) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    retry.setName("search-index-rebuild");
                    retry.start();
                }
            }
        }
    }

    private java.util.concurrent.Callable<Void> addAll(Generation g, List<IndexEntry> entries) {
        return () -> {
            for (IndexEntry entry : entries) {
                g.add(LuceneSchema.document(IndexEntry.group("DOCUMENT", entry.id()), entry));
                rebuildProgress.incrementAndGet();
            }
            return null;
        };
    }

    private static void getOrThrow(java.util.concurrent.Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a batch of the rebuild failed: " + e.getCause(), e.getCause());
        }
    }

    private static void refreshQuietly(Generation g) {
        try {
            g.refresh();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A built generation catches up with the log from its own watermark, then answers in place of the old one. */
    private void handOver(Generation g) throws Exception {
        apply(g);
        g.commit(true);
        Generation old;
        synchronized (this) {
            old = serving;
            serving = g;
            building = null;
            built = null;
        }
        if (old != null && old != g) {
            old.closeAndDelete();
        }
        LOG.info(() -> "search index " + g.path + " answers now");
    }

    /**
     * Applies the changes this generation has not applied yet, {@link #CHUNK} at a time (searchable as they go, at
     * least once a second and at the end, and committed within a second, still with the old watermark: a crash
     * re-applies from there), then moves its watermark.
     */
    private void apply(Generation g) throws Exception {
        long watermark = log.watermark();
        List<ChangeLog.Change> fresh = new ArrayList<>();
        for (ChangeLog.Change c : log.since(g.watermark)) {
            if (!g.applied.containsKey(c.seq())) {
                fresh.add(c);
            }
        }
        int appliedNow = 0;
        for (int from = 0; from < fresh.size() && running; from += CHUNK) {
            List<ChangeLog.Change> chunk = fresh.subList(from, Math.min(fresh.size(), from + CHUNK));
            Map<String, Set<Long>> changed = new LinkedHashMap<>();
            chunk.forEach(c -> changed.computeIfAbsent(c.recordType(), k -> new LinkedHashSet<>()).add(c.recordId()));
            for (Map.Entry<String, Set<Long>> e : changed.entrySet()) {
                if (e.getKey().equals("DOCUMENT")) {
                    List<Long> ids = new ArrayList<>(e.getValue());
                    for (int i = 0; i < ids.size(); i += DocumentEntries.BATCH) {
                        List<Long> batch = ids.subList(i, Math.min(ids.size(), i + DocumentEntries.BATCH));
                        Map<Long, IndexEntry> loaded = documents.load(batch);
                        for (long id : batch) {
                            IndexEntry entry = loaded.get(id);
                            replace(g, "DOCUMENT", id, entry == null ? List.of() : List.of(entry));
                        }
                    }
                } else {
                    for (long id : e.getValue()) {
                        replace(g, e.getKey(), id, records.of(e.getKey(), id));
                    }
                }
            }
            boolean last = from + CHUNK >= fresh.size();
            if (last || System.currentTimeMillis() - lastRefresh >= 1000) {
                g.refresh(); // searchable before the status says so (its lag then never reads 0 too early)
                lastRefresh = System.currentTimeMillis();
            }
            chunk.forEach(c -> g.applied.put(c.seq(), c.tx()));
            appliedNow += chunk.size();
            g.commit(false);
        }
        if (appliedNow < fresh.size()) {
            return; // stopping half way: the watermark stays where every change above it is still to be read
        }
        g.watermark = watermark;
        g.applied.values().removeIf(tx -> tx < watermark);
    }

    private static void replace(Generation g, String type, long id, List<IndexEntry> entries) throws IOException {
        String group = IndexEntry.group(type, id);
        List<Document> docs = new ArrayList<>(entries.size());
        entries.forEach(entry -> docs.add(LuceneSchema.document(group, entry)));
        g.replace(group, docs);
    }
}
