package vn.hoalac.portal.infrastructure.cluster;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * While this instance shuts down ({@link Draining}), every request gets 503 with {@code Retry-After}: nginx sends a GET
 * to another instance; whoever still sees the answer (a POST) reads why in Vietnamese and English (no Faces, no database).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DrainingFilter extends HttpFilter {

    private static final String BUNDLE = "vn.hoalac.portal.i18n.messages";

    @Inject
    Draining draining;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!draining.draining()) {
            chain.doFilter(request, response);
            return;
        }
        ResourceBundle vi = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("vi"));
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "2");
        response.setHeader("Connection", "close");
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="UTF-8"><title>%s</title></head>
                <body><h1 id="unavailable-title">%s</h1><p id="unavailable-text">%s</p>
                <div lang="en"><p><strong>%s</strong></p><p>%s</p></div></body></html>
                """.formatted(vi.getString("error.unavailable.title"), vi.getString("error.unavailable.title"),
                vi.getString("cluster.shuttingDown"), en.getString("error.unavailable.title"),
                en.getString("cluster.shuttingDown")));
    }
}
