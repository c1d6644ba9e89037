package vn.hoalac.portal.infrastructure.export;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.plan.PlanDrafting;
import vn.hoalac.portal.domain.model.plan.Target;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The first sheet of an uploaded XLSX file, read defensively: its size and its unpacked size are bounded before POI
 * opens it, the sheet is streamed rather than loaded into a workbook, and reading stops at the first cell beyond
 * {@value #MAX_ROWS} rows or {@value #MAX_COLUMNS} columns. Every problem, including a file that is no spreadsheet at
 * all, comes back as one {@link Refused} whose message says what is wrong, in Vietnamese.
 */
final class HardenedXlsxReader {

    static final int MAX_ROWS = 2_000;
    static final int MAX_COLUMNS = 200;
    /** A targets file is a few kilobytes; even a full 2,000 × 200 sheet packs to a few megabytes. */
    static final int MAX_FILE_BYTES = PlanDrafting.TARGETS_FILE_MAX_BYTES;
    /** Unpacked, that full sheet is some 20 MB of XML; a file that unpacks to much more is a zip bomb. */
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 1_000;
    static final String UNREADABLE = "xlsx.unreadable";

    /** A non-empty row of the sheet: its number as the spreadsheet shows it (from 1) and its cells by column (from 0). */
    record SheetRow(int number, Map<Integer, CellValue> cells) {

        String text(Integer column) {
            CellValue cell = column == null ? null : cells.get(column);
            return cell == null ? null : cell.text();
        }
    }

    /** A non-blank cell as stored: its text (NFC, stripped) and, for a numeric cell, its exact number. */
    record CellValue(String text, BigDecimal number) {
    }

    /** The file is refused as a whole; the message (a key of the bundles and its arguments) says why. */
    static final class Refused extends RuntimeException {
        private final transient Message message;

        Refused(String key, Object... args) {
            this(new Message(key, args));
        }

        private Refused(Message message) {
            super(message.toString(), null, false, false);
            this.message = message;
        }

        Message message() {
            return message;
        }
    }

    private HardenedXlsxReader() {
    }

    /**
     * The non-empty rows of the first sheet, in order.
     *
     * @throws Refused when the file is empty, too big, unpacks too big, is no readable XLSX file, has no sheet, or
     *                 has a non-blank cell beyond the limits
     */
    static List<SheetRow> firstSheet(InputStream xlsx) {
        try {
            byte[] bytes = xlsx.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length == 0) {
                throw new Refused("xlsx.empty");
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw new Refused("xlsx.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
            }
            checkUnpackedSize(bytes);
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            try {
                XSSFReader reader = new XSSFReader(pkg);
                SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new Refused("xlsx.noSheet");
                }
                try (InputStream sheet = sheets.next()) {
                    return rows(sheet, strings);
                }
            } finally {
                pkg.revert(); // closes without writing anything back
            }
        } catch (Refused e) {
            throw e;
        } catch (Exception e) {
            // POI, the zip and the XML parser fail in many ways on a damaged or hostile file; for the user it is one
            throw new Refused(UNREADABLE);
        }
    }

    /**
     * Unpacks every entry once, only counting, before POI (which holds them all in memory) sees the file: a small
     * file that unpacks to gigabytes is refused here, without changing POI's JVM-wide limits.
     */
    private static void checkUnpackedSize(byte[] bytes) throws IOException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new Refused("xlsx.tooManyEntries", MAX_ZIP_ENTRIES);
                }
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new Refused("xlsx.unpackedTooLarge", MAX_UNPACKED_BYTES / (1024 * 1024));
                    }
                }
            }
        }
        if (entries == 0) {
            throw new Refused(UNREADABLE); // not a zip at all: ZipInputStream finds no entry in random bytes
        }
    }

    /**
     * The non-empty rows of a worksheet part, streamed. A cell's value is the stored one (the exact number, the
     * cached result of a formula, never a formatted display), and reading stops at the first non-blank cell beyond
     * the limits.
     */
    private static List<SheetRow> rows(InputStream sheet, SharedStrings strings) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        List<SheetRow> rows = new ArrayList<>();
        Map<Integer, CellValue> cells = null;
        int rowNumber = 0;
        int column = -1;
        String type = null;
        String value = null;
        StringBuilder inline = null;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            String r = xml.getAttributeValue(null, "r");
                            rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                            cells = new TreeMap<>();
                            column = -1;
                        }
                        case "c" -> {
                            String ref = xml.getAttributeValue(null, "r");
                            column = ref == null ? column + 1 : columnIndex(ref);
                            type = xml.getAttributeValue(null, "t");
                            value = null;
                            inline = new StringBuilder();
                        }
                        case "v" -> value = xml.getElementText();
                        case "t" -> {
                            if (inline != null) {
                                inline.append(xml.getElementText());
                            }
                        }
                        case "rPh" -> skip(xml); // the phonetic guide of an inline string is not its text
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("c".equals(xml.getLocalName()) && cells != null && inline != null) {
                        CellValue cell = cell(type, value, inline.toString(), strings);
                        if (cell != null) {
                            if (column >= MAX_COLUMNS) {
                                throw new Refused("xlsx.tooManyColumns", rowNumber, MAX_COLUMNS);
                            }
                            if (rowNumber > MAX_ROWS) {
                                throw new Refused("xlsx.tooManyRows", rowNumber, MAX_ROWS);
                            }
                            cells.put(column, cell);
                        }
                        inline = null;
                    } else if ("row".equals(xml.getLocalName()) && cells != null) {
                        if (!cells.isEmpty()) {
                            rows.add(new SheetRow(rowNumber, cells));
                        }
                        cells = null;
                    }
                }
            }
        } finally {
            xml.close();
        }
        return rows;
    }

    /** A cell from its type (t attribute), its v element and its inline text; null when blank. */
    private static CellValue cell(String type, String value, String inlineText, SharedStrings strings) {
        String t = type == null ? "n" : type;
        if (t.equals("n")) {
            String raw = clean(value);
            if (raw == null) {
                return null;
            }
            try {
                BigDecimal number = Target.normalise(new BigDecimal(raw));
                return new CellValue(number.toPlainString(), number);
            } catch (NumberFormatException e) {
                return new CellValue(raw, null);
            }
        }
        String text = switch (t) {
            case "s" -> value == null ? null : strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "inlineStr" -> inlineText;
            case "b" -> value == null ? null : "1".equals(value.strip()) ? "TRUE" : "FALSE";
            default -> value; // str (the text result of a formula), e (an error such as #DIV/0!), d (an ISO date)
        };
        String cleaned = clean(text);
        return cleaned == null ? null : new CellValue(cleaned, null);
    }

    /** "AB12" → 27: the letters of a cell reference as a column index from 0. */
    static int columnIndex(String ref) {
        int index = 0;
        int letters = 0;
        while (letters < ref.length() && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
            index = index * 26 + (ref.charAt(letters) - 'A' + 1);
            if (++letters > 3) {
                throw new IllegalArgumentException("not a cell reference: " + ref);
            }
        }
        if (letters == 0) {
            throw new IllegalArgumentException("not a cell reference: " + ref);
        }
        return index - 1;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Stripped NFC text, null when blank. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return s.isEmpty() ? null : s;
    }
}
