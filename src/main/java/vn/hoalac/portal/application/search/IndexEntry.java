package vn.hoalac.portal.application.search;

import vn.hoalac.portal.application.document.DocumentSummary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One searchable thing as the index stores it.
 *
 * @param type         DOCUMENT, PLAN, AGREEMENT, PROPOSAL, COMMENT or OPINION
 * @param id           the record a hit opens: the document, plan, agreement or proposal (a comment's plan, an
 *                     opinion's proposal)
 * @param version      a plan's version number (0: its draft); a document's current version; otherwise 0
 * @param part         a comment's or an opinion's own id; otherwise 0
 * @param section      a comment's section title, otherwise null
 * @param title        the words searched as the title (empty for comments and opinions: their record's title would
 *                     rank every one of them as a title match)
 * @param heading      what a hit shows as its title
 * @param meta         further words searched with the text: file name, description, tags, numbers, parties
 * @param text         the text (the snippets come from it)
 * @param older        a document's older versions whose text differs from the current one's
 * @param status       the status facet's value, e.g. {@code VERSION:APPROVED}; null if none
 * @param readers      who may read it ({@code Readers} tokens)
 * @param row          a document's library row; null for the other types
 */
public record IndexEntry(String type, long id, int version, long part, String section, String title, String heading,
                         String meta, String text, List<OlderText> older, String category, String organization,
                         String status, OffsetDateTime changedAt, Set<String> readers, DocumentSummary row) {

    /** The text of an older version of a document. */
    public record OlderText(int version, String text) {
    }

    /** The key the index replaces all entries of a record by: {@code DOCUMENT:12}, {@code PLAN:3}, ... */
    public static String group(String recordType, long id) {
        return recordType + ":" + id;
    }
}
