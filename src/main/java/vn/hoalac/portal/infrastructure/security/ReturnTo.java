package vn.hoalac.portal.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps the page a user asked for before being sent to the Keycloak login, so that {@link CallbackServlet} can bring
 * them back to it (deep links survive the login without {@code redirectToOriginalResource}).
 */
final class ReturnTo {

    private static final String ATTRIBUTE = "portal.returnTo";

    private ReturnTo() {
    }

    static void remember(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // a script's request (the bell's poll: Sec-Fetch-Dest "empty") is no page to come back to after the login
        if (!"GET".equals(request.getMethod()) || path.startsWith("/Callback") || path.startsWith("/jakarta.faces.resource")
                || "empty".equals(request.getHeader("Sec-Fetch-Dest"))) {
            return;
        }
        String query = request.getQueryString();
        request.getSession().setAttribute(ATTRIBUTE, path + (query == null ? "" : "?" + query));
    }

    /** The remembered page (once), or the home page; only paths inside the portal, never another site. */
    static String take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object wanted = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
        return safe(wanted == null ? null : wanted.toString());
    }

    static String safe(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.contains("\r") || path.contains("\n")) {
            return "/";
        }
        return path;
    }
}
