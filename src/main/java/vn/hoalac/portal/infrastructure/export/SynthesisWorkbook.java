package vn.hoalac.portal.infrastructure.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoalac.portal.application.plan.ReviewSynthesis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The review synthesis as one sheet "Tổng hợp ý kiến", in the {@link SynthesisLayout}, printable landscape. */
final class SynthesisWorkbook {

    private SynthesisWorkbook() {
    }

    /** The heading (merged across the table), a frozen header row, then a row per comment with its answer. */
    static void write(ReviewSynthesis synthesis, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Sheet sheet = workbook.createSheet(SynthesisLayout.SHEET);
            int last = SynthesisLayout.COLUMNS.size() - 1;
            List<String> heading = SynthesisLayout.heading(synthesis);
            for (int r = 0; r < heading.size(); r++) {
                Cell cell = sheet.createRow(r).createCell(0);
                cell.setCellValue(WorkbookStyles.cellText(heading.get(r)));
                cell.setCellStyle(r == 0 ? styles.banner : styles.centered);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            }
            int headerRow = heading.size() + 1;
            styles.header(sheet.createRow(headerRow), SynthesisLayout.labels());
            int r = headerRow + 1;
            for (ReviewSynthesis.Row comment : synthesis.rows()) {
                List<String> cells = SynthesisLayout.cells(comment);
                Row row = sheet.createRow(r++);
                Cell index = row.createCell(SynthesisLayout.INDEX);
                index.setCellValue(comment.index());
                index.setCellStyle(styles.index);
                for (int i = 1; i < cells.size(); i++) {
                    styles.text(row, i, cells.get(i), styles.wrapped);
                }
            }
            for (int i = 0; i <= last; i++) {
                sheet.setColumnWidth(i, SynthesisLayout.COLUMNS.get(i).sheetWidth() * 256);
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, last));
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
