package vn.hoalac.portal.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the search index in step with the documents: the title and the extracted text of each document's current
 * version, split in chunks. Called in the transaction of the change, so the index never lags behind a commit.
 */
@ApplicationScoped
public class SearchIndex {

    /** Characters per chunk: well under the 1 MB a tsvector may hold, with room for long Vietnamese texts. */
    static final int CHUNK_CHARS = 100_000;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** Re-indexes one document (after an upload, a new version, a restore, a title change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reindexDocument(long documentId) {
        try (Connection c = dataSource.getConnection()) {
            reindex(c, documentId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not index document " + documentId, e);
        }
    }

    /** Re-indexes every document whose current version carries this content (after its extraction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reindexContent(String sha256) {
        try (Connection c = dataSource.getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT d.id FROM document d
                    JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
                    WHERE v.sha256 = ? ORDER BY d.id""")) {
                s.setString(1, sha256);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            for (long id : ids) {
                reindex(c, id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not index content " + sha256, e);
        }
    }

    private static void reindex(Connection c, long documentId) throws SQLException {
        // one re-index of a document at a time: two at once (a new version while the old one's extraction ends) each
        // deleted the chunks they could see and then both inserted chunk 0, and the second failed on the key. The
        // document row is locked first, as every change of a document does, so the order of locks stays the same.
        try (PreparedStatement lock = c.prepareStatement("SELECT 1 FROM document WHERE id = ? FOR NO KEY UPDATE")) {
            lock.setLong(1, documentId);
            lock.executeQuery().close();
        }
        String title;
        String text;
        try (PreparedStatement s = c.prepareStatement("""
                SELECT d.title, e.text FROM document d
                JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
                LEFT JOIN extraction e ON e.sha256 = v.sha256 AND e.status = 'DONE'
                WHERE d.id = ?""")) {
            s.setLong(1, documentId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                title = rs.getString(1);
                text = rs.getString(2) == null ? "" : rs.getString(2);
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM search_chunk WHERE document_id = ?")) {
            delete.setLong(1, documentId);
            delete.executeUpdate();
        }
        List<String> chunks = chunks(text);
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO search_chunk (document_id, chunk_no, body, folded, exact)
                VALUES (?, ?, ?, %s)""".formatted(VECTORS))) {
            for (int i = 0; i < chunks.size(); i++) {
                insert.setLong(1, documentId);
                insert.setInt(2, i);
                insert.setString(3, chunks.get(i));
                bindVectors(insert, 4, i == 0 ? title : "", chunks.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The two vectors of a chunk, for an INSERT's VALUES: {@code folded} (finds without diacritics) and {@code exact}
     * (ranks exact spellings higher), each of the heading with weight A (chunk 0 only) and the text with weight B.
     * Its four parameters are bound by {@link #bindVectors}. Documents and the other records are indexed alike.
     */
    static final String VECTORS = """
            setweight(to_tsvector('portal_folded', ?), 'A') || setweight(to_tsvector('portal_folded', ?), 'B'),
            setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')""";

    /** Binds the parameters of {@link #VECTORS} from position {@code from}; returns the position after them. */
    static int bindVectors(PreparedStatement s, int from, String heading, String text) throws SQLException {
        s.setString(from, heading);
        s.setString(from + 1, text);
        s.setString(from + 2, heading);
        s.setString(from + 3, text);
        return from + 4;
    }

    /**
     * The text without the search page's two marker characters (no text may carry them), split at whitespace near
     * every {@link #CHUNK_CHARS}; always at least one (possibly empty) chunk.
     */
    static List<String> chunks(String marked) {
        String text = marked.replace(SearchMarks.START, ' ').replace(SearchMarks.STOP, ' ');
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + CHUNK_CHARS);
            if (end < text.length()) {
                int space = text.lastIndexOf(' ', end);
                if (space > start + CHUNK_CHARS / 2) {
                    end = space;
                }
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        if (chunks.isEmpty()) {
            chunks.add("");
        }
        return chunks;
    }
}
