package vn.hoalac.portal.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.Texts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/**
 * The search index of plans, agreements and proposals ({@code search_record}): their text in chunks, with who may read
 * them. Written in the transaction of the change, like the documents' index ({@link SearchIndex}).
 */
@ApplicationScoped
public class RecordIndex {

    /**
     * One record as the search finds it; {@code version} is a plan's version number, 0 otherwise; {@code changedAt}
     * its own last change (a frequent word's candidates are the newest matches).
     */
    public record Entry(String kind, long id, int version, String title, String category, String organization,
                        OffsetDateTime changedAt, Collection<String> readers, String text) {
    }

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    public void put(Entry e) {
        List<String> chunks = SearchIndex.chunks(e.text());
        try (Connection c = dataSource.getConnection()) {
            // an upsert, not delete-then-insert: whatever the order of two re-indexings of one record, the second
            // replaces the first's rows instead of failing on chunk 0's key
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO search_record (kind, record_id, version, chunk_no, title, category, organization,
                                               changed_at, year, readers, body, folded, exact, indexed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, now())
                    ON CONFLICT (kind, record_id, version, chunk_no) DO UPDATE SET
                        title = excluded.title, category = excluded.category, organization = excluded.organization,
                        changed_at = excluded.changed_at, year = excluded.year, readers = excluded.readers, body = excluded.body,
                        folded = excluded.folded, exact = excluded.exact, indexed_at = excluded.indexed_at"""
                    .formatted(SearchIndex.VECTORS))) {
                for (int i = 0; i < chunks.size(); i++) {
                    int p = 1;
                    upsert.setString(p++, e.kind());
                    upsert.setLong(p++, e.id());
                    upsert.setInt(p++, e.version());
                    upsert.setInt(p++, i);
                    upsert.setString(p++, e.title());
                    upsert.setString(p++, e.category());
                    upsert.setString(p++, e.organization());
                    upsert.setObject(p++, e.changedAt());
                    upsert.setInt(p++, e.changedAt().atZoneSameInstant(Texts.HANOI).getYear());
                    upsert.setArray(p++, c.createArrayOf("text", e.readers().toArray()));
                    upsert.setString(p++, chunks.get(i));
                    SearchIndex.bindVectors(upsert, p, i == 0 ? e.title() : "", chunks.get(i));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            try (PreparedStatement rest = c.prepareStatement(
                    "DELETE FROM search_record WHERE kind = ? AND record_id = ? AND version = ? AND chunk_no >= ?")) {
                rest.setString(1, e.kind());
                rest.setLong(2, e.id());
                rest.setInt(3, e.version());
                rest.setInt(4, chunks.size());
                rest.executeUpdate();
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("could not index " + e.kind() + " " + e.id() + "/" + e.version(), ex);
        }
    }
}
