package vn.hoalac.portal.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hoalac.portal.application.document.DocumentSummary;
import vn.hoalac.portal.application.search.IndexEntry;
import vn.hoalac.portal.domain.model.document.ExtractionStatus;
import vn.hoalac.portal.domain.model.document.Visibility;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Documents as the index holds them, read in bulk from PostgreSQL: the title, the file name, description, tags and
 * category, the extracted text of the current version and of each older version whose bytes differ, the library row,
 * and the reader tokens of {@code document_reader} (the rows {@code DocumentAccess.canRead} reads too).
 */
@ApplicationScoped
public class DocumentEntries {

    static final int BATCH = 500;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** The documents with these ids that exist, by id. */
    Map<Long, IndexEntry> load(Collection<Long> ids) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return load(c, ids);
        }
    }

    long count() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM document")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every document, in batches, oldest first. */
    void all(Consumer<IndexEntry> each) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM document ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += BATCH) {
                load(c, ids.subList(from, Math.min(ids.size(), from + BATCH))).values().forEach(each);
            }
        }
    }

    private static Map<Long, IndexEntry> load(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, IndexEntry> entries = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return entries;
        }
        Array idArray = c.createArrayOf("bigint", ids.toArray());
        Map<Long, List<IndexEntry.OlderText>> older = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT o.document_id, o.number, e.text
                FROM (SELECT DISTINCT ON (v.document_id, v.sha256) v.document_id, v.number, v.sha256
                      FROM document_version v
                      JOIN document d ON d.id = v.document_id
                      JOIN document_version cur ON cur.document_id = d.id AND cur.number = d.current_version
                      WHERE v.document_id = ANY (?) AND v.sha256 <> cur.sha256
                      ORDER BY v.document_id, v.sha256, v.number DESC) o
                JOIN extraction e ON e.sha256 = o.sha256 AND e.status = 'DONE' AND e.text IS NOT NULL
                ORDER BY o.document_id, o.number DESC""")) {
            s.setArray(1, idArray);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    older.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new IndexEntry.OlderText(rs.getInt(2), rs.getString(3)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                SELECT d.id, d.title, d.description, d.category, d.tags, d.organization, d.visibility, d.current_version,
                       d.updated_at, d.updated_by, v.filename, v.size, e.content_type, e.status,
                       CASE WHEN e.status = 'DONE' THEN e.text END, e.meta_title,
                       ARRAY(SELECT DISTINCT r.token FROM document_reader r WHERE r.document_id = d.id)
                FROM document d
                JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
                LEFT JOIN extraction e ON e.sha256 = v.sha256
                WHERE d.id = ANY (?) ORDER BY d.id""")) {
            s.setArray(1, idArray);
            s.setFetchSize(BATCH);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String title = rs.getString(2);
                    String category = rs.getString(4);
                    String tags = rs.getString(5);
                    String filename = rs.getString(11);
                    String status = rs.getString(14);
                    OffsetDateTime updated = rs.getObject(9, OffsetDateTime.class);
                    DocumentSummary row = new DocumentSummary(id, title, category,
                            tags == null || tags.isBlank() ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).toList(),
                            rs.getString(6), Visibility.valueOf(rs.getString(7)), rs.getInt(8), filename, rs.getLong(12),
                            rs.getString(13), status == null ? ExtractionStatus.PENDING : ExtractionStatus.valueOf(status),
                            updated, rs.getString(10));
                    StringBuilder meta = new StringBuilder(filename == null ? "" : filename);
                    for (String part : new String[]{rs.getString(3), tags, category, rs.getString(16)}) {
                        if (part != null && !part.isBlank()) {
                            meta.append('\n').append(part);
                        }
                    }
                    Set<String> readers = new TreeSet<>(Arrays.asList((String[]) rs.getArray(17).getArray()));
                    String text = rs.getString(15);
                    entries.put(id, new IndexEntry("DOCUMENT", id, rs.getInt(8), 0, null, title, title, meta.toString(),
                            text == null ? "" : text, older.getOrDefault(id, List.of()), category == null ? "" : category,
                            rs.getString(6), null, updated, readers, row));
                }
            }
        }
        return entries;
    }
}
