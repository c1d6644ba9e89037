package vn.hoalac.portal.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Many documents at once, written into the portal's database as its own role would (document, version, bytes,
 * extracted text, reader rows, and the change log row the search index follows): a library of thousands in seconds,
 * where uploading them one by one would take the whole test run. Their extraction is DONE, as after tika-server.
 */
final class BulkDocuments {

    record Doc(String title, String text, String organization, boolean portalWide, OffsetDateTime updatedAt) {
    }

    private BulkDocuments() {
    }

    /** Inserts the documents in one transaction; returns their ids in the same order. */
    static List<Long> insert(String category, List<Doc> docs) throws SQLException {
        try (Connection c = Portal.runtimeDatabase()) {
            c.setAutoCommit(false);
            Long[] ids = new Long[docs.size()];
            try (PreparedStatement id = c.prepareStatement("SELECT nextval('document_id_seq')");
                 PreparedStatement blob = c.prepareStatement("INSERT INTO content_blob (sha256, size, lo) VALUES (?, ?, lo_from_bytea(0, ?)) ON CONFLICT DO NOTHING");
                 PreparedStatement extraction = c.prepareStatement("""
                         INSERT INTO extraction (sha256, status, content_type, language, text, finished_at, attempts)
                         VALUES (?, 'DONE', 'text/plain', 'vi', ?, ?, 1) ON CONFLICT DO NOTHING""");
                 PreparedStatement document = c.prepareStatement("""
                         INSERT INTO document (id, title, category, tags, organization, visibility, current_version,
                                               created_at, created_by, updated_at, updated_by)
                         VALUES (?, ?, ?, '', ?, ?, 1, ?, 'bulk', ?, 'bulk')""");
                 PreparedStatement version = c.prepareStatement("""
                         INSERT INTO document_version (document_id, number, filename, sha256, size, created_at, created_by)
                         VALUES (?, 1, ?, ?, ?, ?, 'bulk')""");
                 PreparedStatement reader = c.prepareStatement("INSERT INTO document_reader (document_id, granted_by, token) VALUES (?, 'DOCUMENT', ?)");
                 PreparedStatement change = c.prepareStatement("INSERT INTO search_change (record_type, record_id) VALUES ('DOCUMENT', ?)")) {
                for (int i = 0; i < docs.size(); i++) {
                    Doc d = docs.get(i);
                    try (var rs = id.executeQuery()) {
                        rs.next();
                        ids[i] = rs.getLong(1);
                    }
                    byte[] bytes = d.text().getBytes(StandardCharsets.UTF_8);
                    String sha = sha256(bytes);
                    Timestamp at = Timestamp.from(d.updatedAt().toInstant());
                    blob.setString(1, sha);
                    blob.setLong(2, bytes.length);
                    blob.setBytes(3, bytes);
                    blob.addBatch();
                    extraction.setString(1, sha);
                    extraction.setString(2, d.text());
                    extraction.setTimestamp(3, at);
                    extraction.addBatch();
                    document.setLong(1, ids[i]);
                    document.setString(2, d.title());
                    document.setString(3, category);
                    document.setString(4, d.organization());
                    document.setString(5, d.portalWide() ? "PORTAL" : "ORGANIZATION");
                    document.setTimestamp(6, at);
                    document.setTimestamp(7, at);
                    document.addBatch();
                    version.setLong(1, ids[i]);
                    version.setString(2, "van-ban-" + ids[i] + ".txt");
                    version.setString(3, sha);
                    version.setLong(4, bytes.length);
                    version.setTimestamp(5, at);
                    version.addBatch();
                    List<String> tokens = d.portalWide()
                            ? List.of("role:park-manager", "role:university-reviewer", "role:committee-approver", "role:admin")
                            : List.of("role:committee-approver", "org:" + d.organization() + ":park-manager",
                            "org:" + d.organization() + ":university-reviewer", "org:" + d.organization() + ":committee-approver");
                    for (String token : tokens) {
                        reader.setLong(1, ids[i]);
                        reader.setString(2, token);
                        reader.addBatch();
                    }
                    change.setLong(1, ids[i]);
                    change.addBatch();
                }
                for (PreparedStatement s : List.of(blob, extraction, document, version, reader, change)) {
                    s.executeBatch();
                }
            }
            c.commit();
            return List.of(ids);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
