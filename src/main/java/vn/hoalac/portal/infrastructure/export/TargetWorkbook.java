package vn.hoalac.portal.infrastructure.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoalac.portal.application.plan.TargetSpreadsheet;
import vn.hoalac.portal.domain.model.plan.Target;
import vn.hoalac.portal.infrastructure.export.TargetLayout.Column;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The targets table as a workbook, both ways ({@code read(write(x))} gives back x): written here, read by
 * {@link TargetImport} through {@link HardenedXlsxReader}.
 */
@ApplicationScoped
public class TargetWorkbook implements TargetSpreadsheet {

    private static final int[] WIDTHS = {14, 60, 14, 24, 40};
    private static final int YEAR_WIDTH = 15;

    @Override
    public List<Target> read(InputStream xlsx) {
        return TargetImport.read(xlsx);
    }

    /**
     * The targets as one sheet "Chỉ tiêu": the plan's title, a header, then a row per target with its values as
     * numeric cells, one column per year that any target has.
     */
    @Override
    public void write(String planTitle, List<Target> targets, OutputStream out) {
        List<Integer> years = TargetLayout.years(targets);
        List<String> headers = new ArrayList<>();
        for (Column column : Column.values()) {
            headers.add(column.label);
        }
        years.forEach(year -> headers.add(TargetLayout.yearLabel(year, years)));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Sheet sheet = workbook.createSheet(TargetLayout.SHEET);
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(WorkbookStyles.cellText(planTitle == null || planTitle.isBlank()
                    ? TargetLayout.SHEET : planTitle.strip()));
            title.setCellStyle(styles.title);
            styles.header(sheet.createRow(1), headers);
            int r = 2;
            for (Target target : targets) {
                Row row = sheet.createRow(r++);
                styles.text(row, 0, target.code(), styles.text);
                styles.text(row, 1, target.name(), styles.wrapped);
                styles.text(row, 2, target.unit(), styles.text);
                styles.text(row, 3, target.group(), styles.wrapped);
                styles.text(row, 4, target.leadUnit(), styles.wrapped);
                for (int i = 0; i < years.size(); i++) {
                    BigDecimal value = target.value(years.get(i));
                    styles.number(row.createCell(Column.values().length + i), value);
                }
            }
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, (i < WIDTHS.length ? WIDTHS[i] : YEAR_WIDTH) * 256);
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
