package vn.hoalac.portal.infrastructure.export;

import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.domain.model.plan.Target;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the exports write dates, times, numbers and optional text: the Vietnamese way, times in Hanoi. */
final class ExportFormats {

    static final ZoneId HANOI = PortalTime.HANOI;
    static final DateTimeFormatter DATE = PortalTime.DATE;
    static final DateTimeFormatter DATE_TIME = PortalTime.DATE_TIME;

    private ExportFormats() {
    }

    /** The first text that is not blank, stripped; "" when there is none. */
    static String firstOf(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }

    /** "12/08/2025" for an instant, as the day it is in Hanoi. */
    static String date(OffsetDateTime at) {
        return at.atZoneSameInstant(HANOI).format(DATE);
    }

    /** "15/08/2025 10:30" for an instant, in Hanoi time. */
    static String dateTime(OffsetDateTime at) {
        return at.atZoneSameInstant(HANOI).format(DATE_TIME);
    }

    /** 20000 → "20.000", 12.5 → "12,5"; blank for null. */
    static String vietnamese(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(ExportLabels.LOCALE));
        format.setMaximumFractionDigits(Math.max(0, Target.normalise(value).scale()));
        return format.format(value);
    }
}
