package vn.hoalac.portal.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The portal's one time zone and its date formats: every day, deadline and time shown, exported or filtered on is
 * Hanoi's, written day/month/year.
 */
public final class PortalTime {

    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The pattern of a day, also the date pickers' ({@code #{formats.datePattern}}). */
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    /** 05/03/2025 */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    /** 05/03/2025 14:30 */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** 05/03/2025 14:30:07, for the moment an error happened */
    public static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private PortalTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(HANOI);
    }

    /** A moment as a Hanoi day and time (05/03/2025 14:30), empty for none. */
    public static String dateTime(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(HANOI).format(DATE_TIME);
    }

    /** A moment's day in Hanoi (05/03/2025), empty for none. */
    public static String date(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(HANOI).format(DATE);
    }
}
