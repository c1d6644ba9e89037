package vn.hoalac.portal.application.document;

import java.util.List;

/** One page of a list, with the total count of matching rows. */
public record DocumentPage(long total, List<DocumentSummary> items) {
}
