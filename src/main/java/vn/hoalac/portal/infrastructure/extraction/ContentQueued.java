package vn.hoalac.portal.infrastructure.extraction;

/** Fired by the queue when a content was queued for extraction; observed after the commit to wake the workers up at once. */
public record ContentQueued(String sha256) {
}
