package vn.hoalac.portal.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A plain page for the moments when Faces cannot help: the identity provider does not answer during login.
 * Written without Faces or the database so it always renders; words come from the message bundle.
 */
final class UnavailablePage {

    enum Cause { IDENTITY_PROVIDER }

    private UnavailablePage() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, Cause cause) {
        if (response.isCommitted()) {
            return;
        }
        Locale locale = Locale.forLanguageTag("en".equals(request.getLocale().getLanguage()) ? "en" : "vi");
        ResourceBundle msg = ResourceBundle.getBundle("vn.hoalac.portal.i18n.messages", locale);
        try {
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="%s"><head><meta charset="UTF-8"><title>%s</title>
                    <style>body{font-family:sans-serif;max-width:40rem;margin:4rem auto;color:#1f2937}
                    h1{color:#b91c1c;font-size:1.4rem}a{color:#1d4ed8}</style></head>
                    <body><p>%s</p><h1 id="unavailable-title">%s</h1><p>%s</p><p><a href="%s/">%s</a></p></body></html>
                    """.formatted(locale.getLanguage(), msg.getString("error.unavailable.title"), msg.getString("app.title"),
                    msg.getString("error.unavailable.title"), msg.getString("error.unavailable.identity"),
                    request.getContextPath(), msg.getString("error.tryAgain")));
            response.flushBuffer();
        } catch (IOException e) {
            // the browser went away; nothing to tell it
        }
    }
}
