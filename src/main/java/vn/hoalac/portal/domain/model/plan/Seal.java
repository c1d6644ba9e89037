package vn.hoalac.portal.domain.model.plan;

import java.time.OffsetDateTime;

/** The SHA-256 of an approved version's canonical content, attachment hashes and decision, and when it was taken. */
public record Seal(String sha256, OffsetDateTime sealedAt) {
}
