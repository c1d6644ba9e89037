package vn.hoalac.portal.domain.model.document;

/** Bytes held by the content store, known by their SHA-256 (hex) and size. */
public record StoredContent(String sha256, long size) {
}
