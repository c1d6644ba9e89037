package vn.hoalac.portal.infrastructure.export;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoalac.portal.domain.model.plan.Target;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cell styles of one plan workbook (targets, synthesis), and how cells are written with them. */
final class WorkbookStyles {

    final CellStyle title;
    final CellStyle banner;
    final CellStyle centered;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle index;
    final CellStyle integer;
    final CellStyle decimal;
    /** Per text style, its twin that keeps "=1+1" text even when the user edits the cell (quote prefix). */
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    WorkbookStyles(XSSFWorkbook workbook) {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = workbook.createCellStyle();
        title.setFont(big);
        banner = workbook.createCellStyle();
        banner.setFont(big);
        banner.setAlignment(HorizontalAlignment.CENTER);
        centered = workbook.createCellStyle();
        centered.setAlignment(HorizontalAlignment.CENTER);
        header = bordered(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(workbook);
        wrapped = bordered(workbook);
        wrapped.setWrapText(true);
        index = bordered(workbook);
        index.setAlignment(HorizontalAlignment.CENTER);
        integer = bordered(workbook);
        integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        decimal = bordered(workbook);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0#########"));
        for (CellStyle style : List.of(text, wrapped)) {
            CellStyle twin = workbook.createCellStyle();
            twin.cloneStyleFrom(style);
            twin.setQuotePrefixed(true);
            quoted.put(style, twin);
        }
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** A header row: a bold, grey, centred cell per label. */
    void header(Row row, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(header);
        }
    }

    /**
     * A text cell in {@code style} (text or wrapped), never a formula: setCellValue(String) stores text that
     * starts with = + - @ as a plain string, and the quote prefix keeps it text when the user edits the cell.
     * A null or empty value leaves a bordered blank cell.
     */
    void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        String text = cellText(value);
        boolean formulaLike = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
        cell.setCellStyle(formulaLike ? quoted.get(style) : style);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
    }

    /**
     * A numeric cell, blank for null. A value a double cannot hold exactly (over 15 significant digits) is
     * written as text instead, which {@link TargetImport} reads back exactly.
     */
    void number(Cell cell, BigDecimal value) {
        if (value == null) {
            cell.setCellStyle(integer);
            return;
        }
        BigDecimal exact = Target.normalise(value);
        double approximate = exact.doubleValue();
        if (Double.isFinite(approximate) && BigDecimal.valueOf(approximate).compareTo(exact) == 0) {
            cell.setCellValue(approximate);
            cell.setCellStyle(exact.scale() > 0 ? decimal : integer);
        } else {
            cell.setCellValue(exact.toPlainString());
            cell.setCellStyle(text);
        }
    }

    /** Text as a cell can hold it: never null, at most the 32,767 characters Excel allows. */
    static String cellText(String value) {
        if (value == null) {
            return "";
        }
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
