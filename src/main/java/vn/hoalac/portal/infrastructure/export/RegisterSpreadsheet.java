package vn.hoalac.portal.infrastructure.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.agreement.RegisterExport;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.MilestoneStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agreements register as a spreadsheet: one row per agreement the reader may see, in Vietnamese; statuses, kinds
 * and fields in the words of the agreement pages ({@link ExportLabels}).
 */
@ApplicationScoped
public class RegisterSpreadsheet implements RegisterExport {

    private static final DateTimeFormatter DATE = PortalTime.DATE;
    private static final List<String> COLUMNS = List.of("Số thỏa thuận", "Tên thỏa thuận", "Loại", "Các bên", "Lĩnh vực",
            "Ngày ký", "Hiệu lực từ", "Hiệu lực đến", "Trạng thái", "Mốc quá hạn", "Đầu mối liên hệ");

    @Override
    public void xlsx(List<Agreement> agreements, Function<String, String> organizationName, LocalDate today, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sổ thỏa thuận");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("SỔ THEO DÕI THỎA THUẬN HỢP TÁC — lập ngày " + today.format(DATE));
            title.getCell(0).setCellStyle(header);
            Row head = sheet.createRow(1);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(COLUMNS.get(i));
                cell.setCellStyle(header);
            }
            int r = 2;
            for (Agreement a : agreements) {
                Row row = sheet.createRow(r++);
                int c = 0;
                text(row, c++, a.number(), wrap);
                text(row, c++, a.title(), wrap);
                text(row, c++, ExportLabels.label("agreement.kind", a.kind()), wrap);
                text(row, c++, a.parties().stream().sorted().map(organizationName).collect(Collectors.joining("; ")), wrap);
                text(row, c++, a.fields().stream().map(f -> ExportLabels.label("agreement.field", f)).collect(Collectors.joining("; ")), wrap);
                text(row, c++, a.signedOn() == null ? "" : a.signedOn().format(DATE), wrap);
                text(row, c++, a.effectiveFrom() == null ? "" : a.effectiveFrom().format(DATE), wrap);
                text(row, c++, a.effectiveTo() == null ? "" : a.effectiveTo().format(DATE), wrap);
                text(row, c++, ExportLabels.label("agreement.status", a.status()), wrap);
                text(row, c++, a.milestones().stream().filter(m -> m.status() == MilestoneStatus.OVERDUE)
                        .map(m -> m.title() + " (" + m.due().format(DATE) + ")").collect(Collectors.joining("; ")), wrap);
                text(row, c, a.contacts(), wrap);
            }
            int[] widths = {28, 50, 18, 40, 30, 12, 12, 12, 14, 40, 40};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Always a text cell (never a formula), whatever the text starts with. */
    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }
}
