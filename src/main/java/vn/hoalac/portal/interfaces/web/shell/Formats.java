package vn.hoalac.portal.interfaces.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.domain.model.document.ExtractionStatus;

import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.util.Locale;

/** How the pages write sizes, numbers (in the page's language: 20.000 and 12,5, or 20,000 and 12.5), times (Hanoi time) and statuses. */
@Named("formats")
@ApplicationScoped
public class Formats {


    /** The language of the page being written (Vietnamese outside a page). */
    public static Locale pageLocale() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null || faces.getViewRoot().getLocale() == null) {
            return Locale.forLanguageTag("vi");
        }
        return Locale.forLanguageTag(faces.getViewRoot().getLocale().getLanguage());
    }

    /** The page's language code ("vi" or "en"), for what the browser formats itself (charts, counters). */
    public String getLanguage() {
        return pageLocale().getLanguage();
    }

    public String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(pageLocale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return number.format(bytes / 1024.0) + " KB";
        }
        return number.format(bytes / (1024.0 * 1024)) + " MB";
    }

    /** The bundle key of a file type in words ("Word", "PDF", "Bảng tính"): {@code msg[formats.fileKind(type, name)]}. */
    public String fileKind(String contentType, String filename) {
        return FileKinds.key(contentType, filename);
    }

    public String dateTime(OffsetDateTime time) {
        return PortalTime.dateTime(time);
    }

    /** The pattern the date pickers read and write a day in (05/03/2025). */
    public String getDatePattern() {
        return PortalTime.DATE_PATTERN;
    }

    public String date(java.time.LocalDate date) {
        return date == null ? "" : date.format(PortalTime.DATE);
    }

    /** A number in the page's language: 20.000 and 12,5 in Vietnamese, 20,000 and 12.5 in English. */
    public String number(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(pageLocale());
        number.setMaximumFractionDigits(6);
        return number.format(value);
    }

    public String versionSeverity(Object status) {
        return switch (String.valueOf(status)) {
            case "APPROVED" -> "success";
            case "RETURNED" -> "danger";
            case "SUBMITTED_FOR_APPROVAL" -> "warning";
            default -> "info";
        };
    }

    public String dispositionSeverity(Object disposition) {
        return switch (String.valueOf(disposition)) {
            case "ACCEPTED" -> "success";
            case "PARTIALLY_ACCEPTED" -> "warning";
            case "NOT_ACCEPTED" -> "danger";
            default -> "secondary";
        };
    }

    public String progressSeverity(Object status) {
        return switch (String.valueOf(status)) {
            case "ON_TRACK" -> "success";
            case "AT_RISK" -> "warning";
            case "BEHIND" -> "danger";
            default -> "secondary";
        };
    }

    /** The colour of a status tag. */
    public String severity(ExtractionStatus status) {
        if (status == null) {
            return "secondary";
        }
        return switch (status) {
            case DONE -> "success";
            case FAILED -> "danger";
            case PROCESSING -> "info";
            case PENDING -> "secondary";
        };
    }
}
