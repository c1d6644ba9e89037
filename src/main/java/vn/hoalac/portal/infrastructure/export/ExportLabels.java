package vn.hoalac.portal.infrastructure.export;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the exports that the pages also show (statuses, dispositions, kinds, fields), read from the pages'
 * bundle so that they are written once. Exports are in Vietnamese, whatever the reader's or the server's language.
 */
final class ExportLabels {

    static final String BUNDLE = "vn.hoalac.portal.i18n.messages";
    static final Locale LOCALE = Locale.forLanguageTag("vi");

    private ExportLabels() {
    }

    /** The text of a bundle key, in the exports' language. */
    static String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, LOCALE).getString(key);
    }

    /** A bundle pattern with its arguments ({@link java.text.MessageFormat}), in the exports' language. */
    static String format(String key, Object... args) {
        return new java.text.MessageFormat(text(key), LOCALE).format(args);
    }

    /** The label of an enum value as the pages key it: {@code label("agreement.status", ACTIVE)} reads "agreement.status.ACTIVE". */
    static String label(String prefix, Enum<?> value) {
        return text(prefix + "." + value.name());
    }
}
