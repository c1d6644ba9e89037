package vn.hoalac.portal.infrastructure.search;

import org.apache.lucene.collation.CollationDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.document.DocumentSummary;
import vn.hoalac.portal.application.search.IndexEntry;
import vn.hoalac.portal.domain.model.document.ExtractionStatus;
import vn.hoalac.portal.domain.model.document.Visibility;

import java.text.Collator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The index's fields and how an {@link IndexEntry} becomes a Lucene document and back. Words: {@link #TITLE},
 * {@link #BODY} (title, further words and text of every version, as separate values), {@link #PAIRS} and
 * {@link #CODES} (the official numbers among them); filters and
 * facets: {@link #TYPE}, {@link #CATEGORY}, {@link #ORGANIZATION}, {@link #YEAR}, {@link #STATUS} (indexed terms and
 * sorted doc values), {@link #READER} (one term per reader token); order: {@link #CHANGED} and, for documents, the
 * library's columns.
 */
final class LuceneSchema {

    /** Raised whenever a field, an analyzer or what an entry holds changes: an index of another version is rebuilt. */
    static final String VERSION = "2";

    static final String GROUP = "group";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String VERSION_NO = "version";
    static final String PART = "part";
    static final String SECTION = "section";
    static final String TITLE = "title";
    static final String HEADING = "heading";
    static final String BODY = "body";
    static final String PAIRS = "pairs";
    static final String CODES = "codes";
    static final String TEXT = "text";
    static final String OLDER = "older";
    static final String OLDER_VERSION = "older_version";
    static final String CATEGORY = "category";
    static final String ORGANIZATION = "organization";
    static final String YEAR = "year";
    static final String STATUS = "status";
    static final String READER = "reader";
    static final String CHANGED = "changed";
    // the library's columns (documents only)
    static final String TITLE_ORDER = "title_order";
    static final String CATEGORY_ORDER = "category_order";
    static final String SIZE = "size";
    static final String CURRENT_VERSION = "current_version";
    static final String EXTRACTION = "extraction";
    static final String TAGS = "tags";
    static final String VISIBILITY = "visibility";
    static final String FILENAME = "filename";
    static final String CONTENT_TYPE = "content_type";
    static final String UPDATED_BY = "updated_by";
    /** A document's title and category as its row shows them (the indexed fields hold the analysed words). */
    static final String ROW_TITLE = "row_title";
    static final String ROW_CATEGORY = "row_category";

    /** Vietnamese alphabetical order (Đ after D, tones after the plain letter), as the database's vietnamese collation. */
    static final Collator VIETNAMESE;

    static {
        VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));
        VIETNAMESE.setStrength(Collator.TERTIARY);
    }

    private LuceneSchema() {
    }

    static Document document(String group, IndexEntry e) {
        Document d = new Document();
        d.add(new StringField(GROUP, group, Field.Store.NO));
        keyword(d, TYPE, e.type());
        d.add(new StoredField(ID, e.id()));
        d.add(new StoredField(VERSION_NO, e.version()));
        d.add(new StoredField(PART, e.part()));
        if (e.section() != null) {
            d.add(new StoredField(SECTION, e.section()));
        }
        String title = VietnameseAnalysis.nfc(e.title());
        d.add(new TextField(TITLE, title, Field.Store.NO));
        d.add(new StoredField(HEADING, VietnameseAnalysis.nfc(e.heading())));
        String text = VietnameseAnalysis.nfc(e.text());
        for (String value : List.of(title, VietnameseAnalysis.nfc(e.meta()), text)) {
            if (!value.isEmpty()) {
                d.add(new TextField(BODY, value, Field.Store.NO));
                d.add(new TextField(PAIRS, value, Field.Store.NO));
            }
        }
        d.add(new StoredField(TEXT, text));
        StringBuilder codes = new StringBuilder();
        codes(title, codes);
        codes(VietnameseAnalysis.nfc(e.meta()), codes);
        codes(text, codes);
        for (IndexEntry.OlderText older : e.older()) {
            String value = VietnameseAnalysis.nfc(older.text());
            d.add(new TextField(BODY, value, Field.Store.NO));
            d.add(new TextField(PAIRS, value, Field.Store.NO));
            d.add(new StoredField(OLDER, value));
            d.add(new StoredField(OLDER_VERSION, older.version()));
            codes(value, codes);
        }
        if (!codes.isEmpty()) {
            d.add(new TextField(CODES, codes.toString(), Field.Store.NO));
        }
        if (e.category() != null) {
            keyword(d, CATEGORY, e.category()); // documents only ("" for none); the other types have no category
        }
        if (e.organization() != null) {
            keyword(d, ORGANIZATION, e.organization());
        }
        keyword(d, YEAR, String.valueOf(e.changedAt().atZoneSameInstant(PortalTime.HANOI).getYear()));
        if (e.status() != null) {
            keyword(d, STATUS, e.status());
        }
        for (String reader : e.readers()) {
            d.add(new StringField(READER, reader, Field.Store.NO));
        }
        long changed = e.changedAt().toInstant().toEpochMilli();
        d.add(new LongPoint(CHANGED, changed));
        d.add(new NumericDocValuesField(CHANGED, changed));
        d.add(new StoredField(CHANGED, changed));
        if (e.row() != null) {
            row(d, e.row());
        }
        return d;
    }

    /**
     * The official numbers and codes of a text, each a run without blanks that holds a digit and a / or a -
     * ("1857-TB/TU", "36502/2025", "12/2024/TTHT-BQL-ĐHBK", "DA-HOALAC-2030", "4471/BC-BQL"), appended to {@code out}
     * one per line: a word of a query found in one of them is a number the record carries, not a figure of its text.
     */
    static void codes(String text, StringBuilder out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean digit = false;
            boolean joined = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                digit |= Character.isDigit(c);
                joined |= c == '/' || c == '-';
                i++;
            }
            if (digit && joined && i - start <= 60) {
                out.append(text, start, i).append('\n');
            }
        }
    }

    /** The library's columns of a document, to sort, filter and show its row without asking the database. */
    private static void row(Document d, DocumentSummary r) {
        d.add(order(TITLE_ORDER, r.title()));
        d.add(order(CATEGORY_ORDER, r.category() == null ? "" : r.category()));
        d.add(new LongPoint(SIZE, r.size()));
        d.add(new NumericDocValuesField(SIZE, r.size()));
        d.add(new StoredField(SIZE, r.size()));
        d.add(new IntPoint(CURRENT_VERSION, r.currentVersion()));
        d.add(new NumericDocValuesField(CURRENT_VERSION, r.currentVersion()));
        d.add(new StoredField(CURRENT_VERSION, r.currentVersion()));
        keyword(d, EXTRACTION, r.extraction().name());
        d.add(new StoredField(TAGS, String.join(",", r.tags())));
        d.add(new StoredField(VISIBILITY, r.visibility().name()));
        d.add(new StoredField(FILENAME, r.filename()));
        if (r.contentType() != null) {
            d.add(new StoredField(CONTENT_TYPE, r.contentType()));
        }
        if (r.updatedBy() != null) {
            d.add(new StoredField(UPDATED_BY, r.updatedBy()));
        }
        d.add(new StoredField(ROW_TITLE, r.title()));
        if (r.category() != null) {
            d.add(new StoredField(ROW_CATEGORY, r.category()));
        }
    }

    private static Field order(String field, String value) {
        CollationDocValuesField order = new CollationDocValuesField(field, (Collator) VIETNAMESE.clone()); // not thread-safe
        order.setStringValue(VietnameseAnalysis.nfc(value));
        return order;
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /** A document's library row back from its stored fields. */
    static DocumentSummary summary(Document d) {
        String tags = d.get(TAGS);
        String organization = d.get(ORGANIZATION);
        return new DocumentSummary(d.getField(ID).numericValue().longValue(), d.get(ROW_TITLE), d.get(ROW_CATEGORY),
                tags == null || tags.isBlank() ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).toList(),
                organization == null || organization.isEmpty() ? null : organization, Visibility.valueOf(d.get(VISIBILITY)),
                d.getField(CURRENT_VERSION).numericValue().intValue(), d.get(FILENAME),
                d.getField(SIZE).numericValue().longValue(), d.get(CONTENT_TYPE), ExtractionStatus.valueOf(d.get(EXTRACTION)),
                changed(d), d.get(UPDATED_BY));
    }

    static OffsetDateTime changed(Document d) {
        return Instant.ofEpochMilli(d.getField(CHANGED).numericValue().longValue()).atOffset(ZoneOffset.UTC);
    }
}
