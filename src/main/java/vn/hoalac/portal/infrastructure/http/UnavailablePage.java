package vn.hoalac.portal.infrastructure.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A plain page for the moments when Faces cannot help: the identity provider does not answer during login, or this
 * instance is shutting down (a load balancer sends a GET to another instance; whoever still sees the answer, a POST,
 * reads why). Written without Faces or the database so it always renders; words come from the message bundle.
 */
public final class UnavailablePage {

    /** Why, with the seconds after which trying again makes sense. */
    public enum Cause {
        IDENTITY_PROVIDER("error.unavailable.identity", 30, false),
        /** The connection is closed with the answer: the load balancer's next request opens elsewhere. */
        SHUTTING_DOWN("cluster.shuttingDown", 2, true);

        private final String key;
        private final int retryAfterSeconds;
        private final boolean closeConnection;

        Cause(String key, int retryAfterSeconds, boolean closeConnection) {
            this.key = key;
            this.retryAfterSeconds = retryAfterSeconds;
            this.closeConnection = closeConnection;
        }
    }


    private static final String BUNDLE = "vn.hoalac.portal.i18n.messages";

    private UnavailablePage() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, Cause cause) {
        if (response.isCommitted()) {
            return;
        }
        // no session language is known yet: Vietnamese first (the portal's language), English below it
        ResourceBundle vi = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("vi"));
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        String key = cause.key;
        try {
            String instance = response.getHeader(PortalHeaders.INSTANCE); // kept through the reset
            response.reset();
            if (instance != null) {
                response.setHeader(PortalHeaders.INSTANCE, instance);
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(cause.retryAfterSeconds));
            if (cause.closeConnection) {
                response.setHeader("Connection", "close");
            }
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="vi"><head><meta charset="UTF-8"><title>%s</title>
                    <style>body{font-family:sans-serif;max-width:40rem;margin:4rem auto;color:#1f2937}
                    h1{color:#a51c1c;font-size:1.4rem}.en{color:#6b7280;margin-top:2rem}a{color:#1d4ed8}</style></head>
                    <body><p>%s</p><h1 id="unavailable-title">%s</h1><p id="unavailable-text">%s</p>
                    <p><a href="%s/">%s</a></p>
                    <div class="en" lang="en"><p><strong>%s</strong></p><p>%s</p></div></body></html>
                    """.formatted(vi.getString("error.unavailable.title"), vi.getString("app.title"),
                    vi.getString("error.unavailable.title"), vi.getString(key),
                    request.getContextPath(), vi.getString("error.tryAgain"),
                    en.getString("error.unavailable.title"), en.getString(key)));
            response.flushBuffer();
        } catch (IOException e) {
            // the browser went away; nothing to tell it
        }
    }
}
