package vn.hoalac.portal.interfaces.web.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoalac.portal.application.notification.Inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The bell's poll ({@code bell.js}): {@code GET /notifications/unread-count} answers {@code {"unread": n}} for the
 * signed-in user of the browser session, from one count on the partial index of unread notifications. A servlet of
 * the pages, not the REST API: the API accepts bearer tokens only and refuses the browser's session (docs/security.md),
 * and a Faces request would restore a view for a number. Without a session the login mechanism answers with its
 * redirect to Keycloak, which the script takes as "the session ended". Read-only; a page of another site cannot read
 * the answer (no CORS).
 */
@WebServlet("/notifications/unread-count")
public class UnreadCountServlet extends HttpServlet {

    @Inject
    Inbox inbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long unread = inbox.unread();
        byte[] body = ("{\"unread\":" + unread + "}").getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
