package vn.hoalac.portal.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The caller's language by Accept-Language (Vietnamese unless they prefer English) and the portal's words in it. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    /** The caller's languages, best first; none when the header is missing or malformed. */
    public static List<Locale> acceptable(HttpHeaders headers) {
        try {
            return headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException unreadable) { // a malformed header or no request at hand
            return List.of();
        }
    }

    public static ResourceBundle bundle(HttpHeaders headers) {
        return RuleMessages.bundle(RuleMessages.language(acceptable(headers)));
    }
}
