package vn.hoalac.portal.domain.model.plan;

/** A chapter or section of a plan's text: a stable key, a title and a body of cleaned HTML. */
public record Section(String key, String title, String body) {
}
