package vn.hoalac.portal.domain.model.plan;

/** A library document attached to a plan, frozen in a version at the version of the document then current. */
public record Attachment(long documentId, int version, String title, String filename, String sha256) {
}
