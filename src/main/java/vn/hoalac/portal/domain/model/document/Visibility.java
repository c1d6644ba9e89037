package vn.hoalac.portal.domain.model.document;

/** Who may read a document: everyone signed in, or the owning organization only (and the steering committee). */
public enum Visibility {
    PORTAL,
    ORGANIZATION
}
