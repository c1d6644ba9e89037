package vn.hoalac.portal.application.document;

/**
 * Who may read a document changed (a record that shares it was changed), in the transaction that changes it:
 * observers that keep derived data (the search index's change log) bring it up to date before it commits.
 */
public record ReadersChanged(long documentId) {
}
