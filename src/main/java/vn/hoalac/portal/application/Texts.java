package vn.hoalac.portal.application;

import java.text.Normalizer;

/** What every use case does to text a person typed. */
public final class Texts {

    private Texts() {
    }

    /** NFC, without NUL characters (PostgreSQL refuses them), stripped; null becomes the empty string. */
    public static String clean(String value) {
        return value == null ? "" : Normalizer.normalize(value.replace("\u0000", ""), Normalizer.Form.NFC).strip();
    }

    /** As the portal compares words: without diacritics, đ as d, lower case ("Đại học" → "dai hoc"). */
    public static String fold(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
    }
}
