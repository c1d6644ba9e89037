package vn.hoalac.portal.interfaces.web.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoalac.portal.application.notification.Inbox;
import vn.hoalac.portal.application.notification.RecordLinks;

import java.io.IOException;
import java.util.List;

/**
 * A notification of the list opened: {@code GET /notifications/open?id=N&type=PLAN_VERSION&record=12/3} marks the
 * caller's notification N read and sends them to the record's page (which itself still refuses a reader who may not
 * see it). A real link, so that it also opens in a new tab. Where it leads is computed from the record's type and id
 * ({@link RecordLinks}), never taken from the request, so it cannot send anyone to another site; the id of someone
 * else's notification marks nothing (the inbox only ever changes the caller's own). A record without a page is a 404.
 */
@WebServlet("/notifications/open")
public class OpenNotificationServlet extends HttpServlet {

    @Inject
    Inbox inbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String href = RecordLinks.href(request.getParameter("type"), request.getParameter("record"));
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (href == null || id < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        inbox.markRead(List.of(id));
        response.sendRedirect(request.getContextPath() + href);
    }
}
