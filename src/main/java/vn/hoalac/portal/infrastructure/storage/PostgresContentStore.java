package vn.hoalac.portal.infrastructure.storage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.domain.model.document.ContentStore;
import vn.hoalac.portal.domain.model.document.ContentTooLargeException;
import vn.hoalac.portal.domain.model.document.StoredContent;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * The content store in PostgreSQL large objects. The bytes are streamed in 64 KB buffers while their SHA-256 is
 * computed; a content already stored is not stored twice (the new large object is dropped). Everything happens in the
 * caller's transaction, so a failed or interrupted upload leaves neither bytes nor rows behind.
 */
@ApplicationScoped
public class PostgresContentStore implements ContentStore {

    private static final int BUFFER = 64 * 1024;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredContent store(InputStream bytes, long maxBytes) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            MessageDigest sha = sha256();
            long size = 0;
            // write the large object directly in big pieces: its stream wrappers go to the server per kilobyte
            try (LargeObject object = objects.open(oid, LargeObjectManager.WRITE)) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = bytes.readNBytes(buffer, 0, BUFFER)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new ContentTooLargeException(maxBytes);
                    }
                    sha.update(buffer, 0, n);
                    object.write(buffer, 0, n);
                }
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO content_blob (sha256, size, lo) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
                insert.setString(1, hex);
                insert.setLong(2, size);
                insert.setLong(3, oid);
                if (insert.executeUpdate() == 0) {
                    objects.delete(oid); // the same bytes are already stored
                }
            }
            return new StoredContent(hex, size);
        } catch (SQLException e) {
            throw new IOException("could not store the file: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void copyTo(String sha256, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            long oid;
            try (PreparedStatement select = connection.prepareStatement("SELECT lo FROM content_blob WHERE sha256 = ?")) {
                select.setString(1, sha256);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("no content " + sha256);
                    }
                    oid = rs.getLong(1);
                }
            }
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            try (LargeObject object = objects.open(oid, LargeObjectManager.READ)) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = object.read(buffer, 0, BUFFER)) > 0) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not read the file: " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
