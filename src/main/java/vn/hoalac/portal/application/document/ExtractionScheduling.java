package vn.hoalac.portal.application.document;

/**
 * The port through which use cases schedule text extraction. Scheduling joins the caller's transaction; the workers
 * start as soon as it commits.
 */
public interface ExtractionScheduling {

    /** Queues a content's extraction unless it is known already (the same bytes uploaded before). */
    void enqueue(String sha256);

    /**
     * Puts failed extractions back in the queue, as new: every failed one, or only those of one document's versions.
     *
     * @return how many were put back
     */
    int retryFailed(Long documentId);

    /** How many extractions ended failed. */
    long failedCount();
}
