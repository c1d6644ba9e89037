package vn.hoalac.portal.application.search;

/**
 * The search's change log (a port): every change to something searchable appends one row here, in the transaction
 * that makes it, so that each instance's index follows what was committed, in order, and nothing else.
 */
public interface SearchChanges {

    /**
     * A record changed: {@code DOCUMENT}, {@code PLAN} (its draft, versions and their comments), {@code AGREEMENT} or
     * {@code PROPOSAL} (with its opinions), by its id.
     */
    void changed(String recordType, long id);

    /** The extraction of these bytes changed: every document with a version carrying them. */
    void contentChanged(String sha256);

    /**
     * Removes the rows older than the log keeps them (every live index is past them; an older one is rebuilt), in the
     * caller's transaction; how many. Done once in the cluster by {@link ChangeLogPurge}.
     */
    int prune();
}
