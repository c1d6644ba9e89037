package vn.hoalac.portal.application.mail;

import java.util.Locale;

/** The language an e-mail is written in, from the locale the identity provider gives: English for en, en-US…; Vietnamese otherwise. */
public final class MailLanguage {

    private MailLanguage() {
    }

    public static String of(String locale) {
        return locale != null && locale.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "vi";
    }
}
