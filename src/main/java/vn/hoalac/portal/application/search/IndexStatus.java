package vn.hoalac.portal.application.search;

import java.time.OffsetDateTime;

/**
 * The state of this instance's search index: {@code complete} is false while it is being built from PostgreSQL
 * (search then answers from what is indexed so far); {@code lag} counts the changes committed but not yet applied;
 * {@code rebuildProgress}/{@code rebuildTotal} count the records of a rebuild in progress.
 */
public record IndexStatus(boolean complete, boolean rebuilding, long documents, long sizeBytes, long lag,
                          OffsetDateTime lastChangeApplied, OffsetDateTime lastRebuildAt, Long lastRebuildMillis,
                          long rebuildProgress, long rebuildTotal, String directory) {

    /** The last rebuild's duration in whole seconds, for people. */
    public Long lastRebuildSeconds() {
        return lastRebuildMillis == null ? null : Math.round(lastRebuildMillis / 1000.0);
    }
}
