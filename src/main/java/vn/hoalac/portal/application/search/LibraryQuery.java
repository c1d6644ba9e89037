package vn.hoalac.portal.application.search;

import vn.hoalac.portal.domain.model.document.ExtractionStatus;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A page of the library as the engine runs it: every filter is optional and already understood (the use case turns
 * what was typed into these values, or refuses it with a reason). {@code title} holds words of the title, with or
 * without diacritics, the last one possibly begun; {@code updatedFrom} inclusive and {@code updatedTo} exclusive;
 * {@code minSize} inclusive and {@code maxSize} exclusive, in bytes.
 */
public record LibraryQuery(Set<String> readers, String title, String category, String organization, Integer version,
                           ExtractionStatus extraction, OffsetDateTime updatedFrom, OffsetDateTime updatedTo,
                           Long minSize, Long maxSize, Sort sort, boolean ascending, int offset, int limit) {

    /** The library's sortable columns; titles and categories in Vietnamese alphabetical order. */
    public enum Sort { TITLE, CATEGORY, ORGANIZATION, UPDATED, SIZE, VERSION, EXTRACTION }
}
