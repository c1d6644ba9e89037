package vn.hoalac.portal.infrastructure.extraction;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.document.ExtractionScheduling;
import vn.hoalac.portal.application.search.SearchChanges;
import vn.hoalac.portal.domain.model.document.ContentStore;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The durable extraction queue: the rows of {@code extraction} that are PENDING, or PROCESSING with an expired lease
 * (their worker died). Each step is its own short transaction; no transaction stays open while tika-server works.
 */
@ApplicationScoped
public class ExtractionQueue implements ExtractionScheduling {

    /**
     * How long a claimed job belongs to its worker before another may take it over, unless the worker renews it (it
     * does, every third of it, while it works: {@link #renew}). Short, so that the jobs of an instance that died (kill -9,
     * a crashed machine) are taken over by another within a minute, however long a job may run (OCR: 10 minutes).
     */
    @Inject
    @ConfigProperty(name = "extraction.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    ContentStore contents;

    @Inject
    SearchChanges searchChanges;

    @Inject
    Event<ContentQueued> queued;

    /** A job claimed by a worker: the content and how many times it was tried (this one included). */
    public record Job(String sha256, int attempt) {
    }

    /** Adds the content to the queue unless it is known already (same bytes uploaded before). */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String sha256) {
        update("INSERT INTO extraction (sha256, status) VALUES (?, 'PENDING') ON CONFLICT (sha256) DO NOTHING", sha256);
        queued.fire(new ContentQueued(sha256));
    }

    /** Claims the oldest due job, if any; several workers (and portal instances) never claim the same one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Job> claim() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     UPDATE extraction SET status = 'PROCESSING', attempts = attempts + 1,
                            lease_until = now() + make_interval(secs => ?)
                     WHERE sha256 = (SELECT sha256 FROM extraction
                                     WHERE (status = 'PENDING' AND next_attempt_at <= now())
                                        OR (status = 'PROCESSING' AND lease_until < now())
                                     ORDER BY next_attempt_at
                                     LIMIT 1
                                     FOR UPDATE SKIP LOCKED)
                     RETURNING sha256, attempts""")) {
            s.setLong(1, leaseSeconds);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Job(rs.getString(1), rs.getInt(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim an extraction job", e);
        }
    }

    /** Renews the lease of a job its worker is still working on (the worker is alive): another may not take it over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renew(String sha256) {
        update("UPDATE extraction SET lease_until = now() + make_interval(secs => " + Math.max(1, leaseSeconds)
                + ") WHERE sha256 = ? AND status = 'PROCESSING'", sha256);
    }

    /** The lease of a claimed job (see {@link #renew}). */
    public Duration lease() {
        return Duration.ofSeconds(Math.max(1, leaseSeconds));
    }

    /** Copies the content to a temporary file for tika-server (streamed; the heap does not grow with the size). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Path stage(String sha256, Path directory) throws IOException {
        Path file = Files.createTempFile(directory, "extract-", ".bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            contents.copyTo(sha256, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** Stores the extracted text and metadata, and indexes every document that shows this content. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String sha256, ExtractedText result, long durationMillis) {
        // the title first: whoever sees DONE must also see the document's own title
        adoptMetadataTitle(sha256, result.title());
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     UPDATE extraction SET status = 'DONE', error_code = ?, error = ?, content_type = ?, language = ?, pages = ?, ocr = ?,
                            author = ?, created = ?, meta_title = ?, text = ?, text_truncated = ?,
                            finished_at = now(), duration_ms = ?, lease_until = NULL
                     WHERE sha256 = ?""")) {
            s.setString(1, result.warning() == null ? null : result.warning().code());
            s.setString(2, result.warning() == null ? null : result.warning().detail());
            s.setString(3, result.contentType());
            s.setString(4, result.language());
            s.setObject(5, result.pages());
            s.setBoolean(6, result.ocr());
            s.setString(7, clip(result.author(), 500));
            s.setString(8, clip(result.created(), 100));
            s.setString(9, clip(result.title(), 500));
            s.setString(10, result.text());
            s.setBoolean(11, result.truncated());
            s.setLong(12, durationMillis);
            s.setString(13, sha256);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the extraction of " + sha256, e);
        }
        searchChanges.contentChanged(sha256);
    }

    /** Puts the job back for a later try; {@code countAsAttempt=false} when it was not the file's fault. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryLater(String sha256, Duration delay, ExtractionProblem reason, boolean countAsAttempt) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     UPDATE extraction SET status = 'PENDING', error_code = ?, error = ?, lease_until = NULL,
                            next_attempt_at = now() + make_interval(secs => ?),
                            attempts = attempts - CASE WHEN ? THEN 0 ELSE 1 END
                     WHERE sha256 = ?""")) {
            s.setString(1, reason.code());
            s.setString(2, reason.detail());
            s.setDouble(3, delay.toMillis() / 1000.0);
            s.setBoolean(4, countAsAttempt);
            s.setString(5, sha256);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not reschedule " + sha256, e);
        }
    }

    /** Gives up: the upload stays, its extraction shows FAILED with its reason (code and technical detail). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(String sha256, ExtractionProblem reason) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     UPDATE extraction SET status = 'FAILED', error_code = ?, error = ?, lease_until = NULL, finished_at = now()
                     WHERE sha256 = ?""")) {
            s.setString(1, reason.code());
            s.setString(2, reason.detail());
            s.setString(3, sha256);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark " + sha256 + " as failed", e);
        }
        searchChanges.contentChanged(sha256); // the library shows the failure
    }

    /**
     * Puts failed extractions back in the queue, as new: every FAILED one, or only those of one document's versions.
     * For after a fix or an upgrade (the same bytes uploaded again reuse the stored result, so nothing else would).
     *
     * @return how many were put back
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int retryFailed(Long documentId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     WITH queued AS (
                         UPDATE extraction SET status = 'PENDING', attempts = 0, next_attempt_at = now(), lease_until = NULL,
                                error_code = NULL, error = NULL, finished_at = NULL
                         WHERE status = 'FAILED'
                           AND (?::bigint IS NULL OR sha256 IN (SELECT v.sha256 FROM document_version v WHERE v.document_id = ?))
                         RETURNING sha256),
                     logged AS ( -- the library shows them pending again (see SearchChanges)
                         INSERT INTO search_change (record_type, record_id)
                         SELECT DISTINCT 'DOCUMENT', v.document_id FROM document_version v JOIN queued q ON q.sha256 = v.sha256
                         RETURNING 1)
                     SELECT (SELECT count(*) FROM queued), (SELECT count(*) FROM logged)""")) {
            s.setObject(1, documentId, java.sql.Types.BIGINT);
            s.setObject(2, documentId, java.sql.Types.BIGINT);
            int again;
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                again = rs.getInt(1);
            }
            if (again > 0) {
                queued.fire(new ContentQueued(null));
            }
            return again;
        } catch (SQLException e) {
            throw new IllegalStateException("could not put failed extractions back in the queue", e);
        }
    }

    /** How many extractions ended FAILED. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long failedCount() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM extraction WHERE status = 'FAILED'");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count failed extractions", e);
        }
    }

    /** Documents uploaded without a title take the file's own title metadata once it is known. */
    private void adoptMetadataTitle(String sha256, String metadataTitle) {
        if (metadataTitle == null || metadataTitle.isBlank()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     UPDATE document d SET title = ?, title_from_file = false
                     FROM document_version v
                     WHERE v.document_id = d.id AND v.number = d.current_version AND v.sha256 = ? AND d.title_from_file""")) {
            s.setString(1, clip(metadataTitle, 500));
            s.setString(2, sha256);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not adopt the title of " + sha256, e);
        }
    }

    private void update(String sql, String sha256) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sha256);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
