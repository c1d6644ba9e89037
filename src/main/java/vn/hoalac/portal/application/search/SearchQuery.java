package vn.hoalac.portal.application.search;

import java.util.Set;

/**
 * A search as the engine runs it: the words as typed (NFC), the reader tokens of who asks, the optional filters, the
 * order and the page. {@code type} is one of {@link PortalSearch#TYPES}; {@code status} a value of the status facet.
 */
public record SearchQuery(String text, Set<String> readers, String type, String category, String organization,
                          Integer year, String status, Order order, int offset, int limit) {

    /** Relevance (recency breaks ties) or the record's last change, newest first. */
    public enum Order { RELEVANCE, NEWEST }
}
