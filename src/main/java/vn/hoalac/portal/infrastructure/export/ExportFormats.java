package vn.hoalac.portal.infrastructure.export;

import vn.hoalac.portal.domain.model.plan.Target;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** How the exports write numbers and optional text, the Vietnamese way (dates and times: {@link vn.hoalac.portal.application.PortalTime}). */
final class ExportFormats {

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
