package vn.hoalac.portal.domain.model.plan;

import java.time.OffsetDateTime;

/**
 * A draft change was made from a revision that is no longer current: someone else saved meanwhile. Says who and
 * when, so the page can tell the user while keeping what they typed.
 */
public class StaleDraftException extends RuntimeException {

    private final String part;
    private final long currentRevision;
    private final String changedBy;
    private final OffsetDateTime changedAt;

    public StaleDraftException(String part, String key, long expected, long current, String changedBy, OffsetDateTime changedAt) {
        super("The " + part + " " + key + " was changed by " + changedBy + " at " + changedAt
                + " (revision " + current + ", your page had " + expected + ")");
        this.part = part;
        this.currentRevision = current;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String part() { return part; }
    public long currentRevision() { return currentRevision; }
    public String changedBy() { return changedBy; }
    public OffsetDateTime changedAt() { return changedAt; }
}
