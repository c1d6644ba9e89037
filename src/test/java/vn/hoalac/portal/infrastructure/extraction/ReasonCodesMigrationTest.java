package vn.hoalac.portal.infrastructure.extraction;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13 on rows written before it (a real PostgreSQL): every sentence the portal used to store becomes its reason code
 * with the technical part as detail, anything else a code too (no row left without one), and a restore's generated
 * note goes while a person's own note stays.
 */
class ReasonCodesMigrationTest {

    @Test
    void theOldSentencesBecomeCodesAndTheirTechnicalPartStays() throws Exception {
        Map<String, String[]> rows = new LinkedHashMap<>();
        rows.put("Tệp bị cắt cụt hoặc hỏng (có thể tải lên chưa trọn vẹn); hãy tải lên lại bản đầy đủ (chi tiết kỹ thuật: java.io.EOFException (x))",
                new String[] {"extraction.reason.truncated", "java.io.EOFException (x)"});
        rows.put("Không đọc được nội dung tệp", new String[] {"extraction.reason.unreadable", null});
        rows.put("trích xuất quá thời gian cho phép (120 giây)", new String[] {"extraction.reason.timeout", "no answer within 120 s"});
        rows.put("máy chủ trích xuất ngắt kết nối khi đọc tệp (IOException)", new String[] {"extraction.reason.disconnected", "IOException"});
        rows.put("tệp hỏng, bị mã hóa hoặc không đọc được (tika-server: 422)", new String[] {"extraction.reason.refused", "tika-server: HTTP 422"});
        rows.put("tika-server trả lời lỗi 500", new String[] {"extraction.reason.serverError", "tika-server: HTTP 500"});
        rows.put("lỗi khi trích xuất: NullPointerException", new String[] {"extraction.reason.internal", "NullPointerException"});
        rows.put("Đang chờ máy chủ trích xuất (tika-server)", new String[] {"extraction.reason.waiting", null});
        rows.put("Tệp được bảo vệ bằng mật khẩu hoặc mã hóa; hãy tải lên bản không đặt mật khẩu (chi tiết kỹ thuật: EncryptedDocumentException)",
                new String[] {"extraction.reason.encrypted", "EncryptedDocumentException"});
        rows.put("something no release wrote", new String[] {"extraction.reason.unreadable", "something no release wrote"});

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
             Connection c = pg.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            // the columns V13 reads, as V2 made them
            s.execute("CREATE TABLE extraction (sha256 char(64) PRIMARY KEY, status varchar(20) NOT NULL, error text)");
            s.execute("CREATE TABLE document_version (id serial PRIMARY KEY, note text, restored_from integer)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO extraction VALUES (?, 'FAILED', ?)")) {
                int i = 0;
                for (String old : rows.keySet()) {
                    insert.setString(1, String.valueOf(i++));
                    insert.setString(2, old);
                    insert.executeUpdate();
                }
            }
            s.execute("INSERT INTO extraction VALUES ('done', 'DONE', NULL)");
            s.execute("INSERT INTO document_version (note, restored_from) VALUES ('Khôi phục phiên bản 2', 2), ('Bản sửa lần cuối', 1), ('Thay chương', NULL)");

            s.execute(Files.readString(Path.of("src/main/resources/db/migration/V13__reason_codes.sql")));

            int i = 0;
            for (Map.Entry<String, String[]> row : rows.entrySet()) {
                try (ResultSet r = s.executeQuery("SELECT error_code, error FROM extraction WHERE sha256 = '" + i++ + "'")) {
                    r.next();
                    assertThat(r.getString(1)).as(row.getKey()).isEqualTo(row.getValue()[0]);
                    assertThat(r.getString(2)).as(row.getKey()).isEqualTo(row.getValue()[1]);
                }
            }
            try (ResultSet r = s.executeQuery("SELECT error_code FROM extraction WHERE sha256 = 'done'")) {
                r.next();
                assertThat(r.getString(1)).as("a clean extraction has no reason").isNull();
            }
            try (ResultSet r = s.executeQuery("SELECT note FROM document_version ORDER BY id")) {
                r.next();
                assertThat(r.getString(1)).as("the generated note goes: restored_from says it").isNull();
                r.next();
                assertThat(r.getString(1)).as("a person's own note stays").isEqualTo("Bản sửa lần cuối");
                r.next();
                assertThat(r.getString(1)).isEqualTo("Thay chương");
            }
        }
    }
}
