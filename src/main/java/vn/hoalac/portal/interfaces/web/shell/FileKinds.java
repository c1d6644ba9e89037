package vn.hoalac.portal.interfaces.web.shell;

import java.util.Locale;
import java.util.Map;

/**
 * A file type (MIME, "application/vnd.openxmlformats-officedocument.wordprocessingml.document") in words people use:
 * the key of "Word", "PDF", "Bảng tính"... in the bundles ({@code file.kind.*}). The exact type stays on hover or in a
 * details line. Without a type (not detected yet), or one too vague (octet-stream), the file name's extension
 * decides; neither known: "Loại khác" (a type) or "Không rõ" (none).
 */
public final class FileKinds {

    public static final String PREFIX = "file.kind.";

    private static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/msword", "word"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", "word"),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", "word"),
            Map.entry("application/rtf", "word"),
            Map.entry("text/rtf", "word"),
            Map.entry("application/vnd.oasis.opendocument.text", "document"),
            Map.entry("application/vnd.ms-excel", "spreadsheet"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "spreadsheet"),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", "spreadsheet"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "spreadsheet"),
            Map.entry("text/csv", "spreadsheet"),
            Map.entry("application/vnd.ms-powerpoint", "presentation"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "presentation"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "presentation"),
            Map.entry("text/html", "web"),
            Map.entry("application/xhtml+xml", "web"),
            Map.entry("application/zip", "archive"),
            Map.entry("application/x-7z-compressed", "archive"),
            Map.entry("application/x-rar-compressed", "archive"),
            Map.entry("application/vnd.rar", "archive"),
            Map.entry("application/gzip", "archive"),
            Map.entry("message/rfc822", "email"),
            Map.entry("application/vnd.ms-outlook", "email"));

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "pdf"), Map.entry("doc", "word"), Map.entry("docx", "word"), Map.entry("rtf", "word"),
            Map.entry("odt", "document"), Map.entry("xls", "spreadsheet"), Map.entry("xlsx", "spreadsheet"),
            Map.entry("ods", "spreadsheet"), Map.entry("csv", "spreadsheet"), Map.entry("ppt", "presentation"),
            Map.entry("pptx", "presentation"), Map.entry("odp", "presentation"), Map.entry("txt", "text"),
            Map.entry("md", "text"), Map.entry("html", "web"), Map.entry("htm", "web"), Map.entry("jpg", "image"),
            Map.entry("jpeg", "image"), Map.entry("png", "image"), Map.entry("gif", "image"), Map.entry("tif", "image"),
            Map.entry("tiff", "image"), Map.entry("webp", "image"), Map.entry("zip", "archive"), Map.entry("7z", "archive"),
            Map.entry("rar", "archive"), Map.entry("eml", "email"), Map.entry("msg", "email"));

    private FileKinds() {
    }

    /** The bundle key of the words for a file of this type (parameters such as "; charset=UTF-8" ignored). */
    public static String key(String contentType, String filename) {
        return PREFIX + kind(contentType, filename);
    }

    static String kind(String contentType, String filename) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String known = BY_TYPE.get(type);
        if (known != null) {
            return known;
        }
        for (String family : new String[]{"image", "text", "audio", "video"}) {
            if (type.startsWith(family + "/")) {
                return family;
            }
        }
        if (filename != null) { // a type Tika could not narrow down (octet-stream, x-tika-ooxml): the extension
            int dot = filename.lastIndexOf('.');
            String byName = dot < 0 ? null : BY_EXTENSION.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (byName != null) {
                return byName;
            }
        }
        return type.isEmpty() || type.equals("application/octet-stream") ? "unknown" : "other";
    }
}
