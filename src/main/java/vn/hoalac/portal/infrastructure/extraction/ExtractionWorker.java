package vn.hoalac.portal.infrastructure.extraction;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.infrastructure.config.PortalSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Workers that take jobs from the {@link ExtractionQueue} and have tika-server extract them: first without OCR, then,
 * where {@link OcrPolicy} says a file needs it, with Vietnamese OCR. tika-server down: jobs wait (no attempt lost) and
 * resume. A file that fails is retried with back-off, then marked FAILED with its reason; its upload is never touched.
 */
@ApplicationScoped
public class ExtractionWorker implements vn.hoalac.portal.application.cluster.RunningExtractions {

    private static final Logger LOG = Logger.getLogger(ExtractionWorker.class.getName());
    static final int MAX_ATTEMPTS = 3;

    /** Dedicated threads (with the application's context): the workers run for the life of the application. */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    ExtractionQueue queue;

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "extraction.workers", defaultValue = "2")
    int workers;

    @Inject
    @ConfigProperty(name = "extraction.text.max-chars", defaultValue = "2000000")
    int maxChars;

    @Inject
    @ConfigProperty(name = "extraction.timeout.seconds", defaultValue = "120")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "extraction.ocr.timeout.seconds", defaultValue = "600")
    int ocrTimeoutSeconds;

    private final Semaphore wakeUp = new Semaphore(0);
    /** The jobs this instance's workers are doing now: their leases are renewed (see {@link #keepLeases}). */
    private final Set<String> working = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger busy = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean running;
    private TikaServerClient tika;
    private Path staging;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) throws IOException {
        tika = new TikaServerClient(settings.getTikaUrl(), maxChars);
        staging = Files.createTempDirectory("portal-extraction");
        running = true;
        for (int i = 0; i < workers; i++) {
            Thread worker = threads.newThread(this::work);
            worker.setName("extraction-worker-" + (i + 1));
            worker.start();
        }
        Thread leases = threads.newThread(this::keepLeases);
        leases.setName("extraction-leases");
        leases.start();
        LOG.info(() -> workers + " extraction workers started (tika-server " + settings.getTikaUrl() + ")");
    }

    /** New work was committed: wake the idle workers instead of letting them wait for their next look. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentQueued queued) {
        wakeUp.release(workers);
    }

    /** The jobs this instance's workers are extracting now (the cluster members' list shows it). */
    @Override
    public int runningHere() {
        return busy.get();
    }

    @PreDestroy
    void stop() {
        running = false;
        wakeUp.release(workers);
    }

    private void work() {
        while (running) {
            try {
                Optional<ExtractionQueue.Job> job = queue.claim();
                if (job.isPresent()) {
                    busy.incrementAndGet();
                    try {
                        process(job.get());
                    } finally {
                        busy.decrementAndGet();
                    }
                } else {
                    wakeUp.tryAcquire(2, TimeUnit.SECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // database down or the like: the job's lease brings it back later
                LOG.log(Level.WARNING, "extraction worker: {0}", String.valueOf(e));
                pause(Duration.ofSeconds(5));
            }
        }
    }

    private void process(ExtractionQueue.Job job) {
        long begin = System.nanoTime();
        Path file = null;
        working.add(job.sha256());
        try {
            file = queue.stage(job.sha256(), staging);
            ExtractedText result = tika.extract(file, OcrPolicy.Pass.NONE, Duration.ofSeconds(timeoutSeconds));
            OcrPolicy.Pass ocr = OcrPolicy.after(result);
            if (ocr != OcrPolicy.Pass.NONE) {
                result = withOcr(file, result, ocr);
            }
            store(job, result, (System.nanoTime() - begin) / 1_000_000);
        } catch (TikaServerClient.Unavailable e) {
            LOG.log(Level.WARNING, "tika-server unavailable, job {0} waits: {1}", new Object[] {job.sha256(), e.getMessage()});
            queue.retryLater(job.sha256(), Duration.ofSeconds(10), new ExtractionProblem(ExtractionProblem.WAITING, e.getMessage()), false);
            pause(Duration.ofSeconds(5));
        } catch (TikaServerClient.Failed e) {
            failOrRetry(job, e.problem(), e.retryable());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "extraction of " + job.sha256() + " failed", e);
            failOrRetry(job, new ExtractionProblem(ExtractionProblem.INTERNAL, String.valueOf(e)), true);
        } finally {
            working.remove(job.sha256());
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "could not delete " + file, e);
                }
            }
        }
    }

    /**
     * Renews, every third of the lease, the leases of the jobs this instance is working on: they stay its own however
     * long they take, while the jobs of an instance that died are taken over by another once their lease ends. Work of
     * this instance for itself (like the cluster heartbeat), not a cluster job: every instance renews its own leases.
     */
    private void keepLeases() {
        while (running && !Thread.currentThread().isInterrupted()) {
            pause(Duration.ofSeconds(Math.max(1, queue.lease().toSeconds() / 3)));
            for (String sha256 : List.copyOf(working)) {
                try {
                    queue.renew(sha256);
                } catch (RuntimeException e) {
                    // the database is down: the job is not lost, at worst another worker takes it over once the lease ends
                    LOG.log(Level.WARNING, "could not renew the lease of extraction job {0}: {1}", new Object[]{sha256, String.valueOf(e)});
                }
            }
        }
    }

    /**
     * Stores what tika-server extracted. A failure here is the portal's own (its database), never the file's: it is
     * reported as such, so that nobody looks for a fault in the file, and an administrator can have it extracted again.
     */
    private void store(ExtractionQueue.Job job, ExtractedText result, long durationMillis) {
        try {
            queue.complete(job.sha256(), result, durationMillis);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the extraction of " + job.sha256() + " could not be stored", e);
            failOrRetry(job, new ExtractionProblem(ExtractionProblem.STORAGE, String.valueOf(e)), true);
        }
    }

    /** The OCR pass; its text wins when it found more than the plain pass. An OCR failure keeps the plain text. */
    private ExtractedText withOcr(Path file, ExtractedText plain, OcrPolicy.Pass pass) throws TikaServerClient.Unavailable, IOException {
        try {
            ExtractedText ocr = tika.extract(file, pass, Duration.ofSeconds(ocrTimeoutSeconds));
            return ocr.meaningfulChars() > plain.meaningfulChars() ? ocr : plain;
        } catch (TikaServerClient.Failed e) {
            return new ExtractedText(plain.text(), plain.truncated(), plain.contentType(), plain.pages(), plain.author(),
                    plain.created(), plain.title(), plain.language(), false, new ExtractionProblem(ExtractionProblem.OCR_FAILED, e.getMessage()));
        }
    }

    private void failOrRetry(ExtractionQueue.Job job, ExtractionProblem reason, boolean retryable) {
        if (retryable && job.attempt() < MAX_ATTEMPTS) {
            Duration delay = Duration.ofSeconds(10L << (2 * (job.attempt() - 1))); // 10 s, 40 s, ...
            queue.retryLater(job.sha256(), delay, reason, true);
        } else {
            queue.fail(job.sha256(), reason);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
