package vn.hoalac.portal.domain.model.document;

/** A new version was based on a version that is no longer current: someone else uploaded in between (HTTP 409). */
public class StaleVersionException extends RuntimeException {

    private final int baseVersion;
    private final int currentVersion;
    private final String currentBy;

    public StaleVersionException(Long documentId, int baseVersion, int currentVersion, String currentBy) {
        super("document " + documentId + " is at version " + currentVersion + " (by " + currentBy
                + "), not at version " + baseVersion + " this upload was based on");
        this.baseVersion = baseVersion;
        this.currentVersion = currentVersion;
        this.currentBy = currentBy;
    }

    public int baseVersion() { return baseVersion; }
    public int currentVersion() { return currentVersion; }
    public String currentBy() { return currentBy; }
}
