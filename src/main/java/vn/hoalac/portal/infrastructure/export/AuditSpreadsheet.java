package vn.hoalac.portal.infrastructure.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.hoalac.portal.application.audit.AuditLog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The audit trail as a spreadsheet, the same columns as the CSV. Streamed (rows beyond a window go to a temporary
 * file), so a long trail does not fill the heap; every value is a text cell, never a formula.
 */
final class AuditSpreadsheet {

    private static final List<String> COLUMNS = List.of("Số hiệu", "Thời điểm (UTC)", "Người thực hiện", "Đơn vị", "Hành động",
            "Loại đối tượng", "Mã đối tượng", "Chi tiết", "Mã băm của sự kiện trước", "Mã băm");
    private static final int[] WIDTHS = {10, 30, 18, 10, 26, 16, 14, 60, 66, 66};

    private AuditSpreadsheet() {
    }

    static void write(List<AuditLog.Event> events, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = workbook.createSheet("Nhật ký kiểm toán");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(COLUMNS.get(i));
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (AuditLog.Event e : events) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.id());
                String[] texts = {e.at().toString(), e.actor(), e.organization(), e.action(), e.entityType(), e.entityId(),
                        e.details(), e.previousHash(), e.hash()};
                for (int i = 0; i < texts.length; i++) {
                    row.createCell(i + 1).setCellValue(texts[i] == null ? "" : texts[i]);
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
