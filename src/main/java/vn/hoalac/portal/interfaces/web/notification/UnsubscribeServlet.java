package vn.hoalac.portal.interfaces.web.notification;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.hoalac.portal.interfaces.web.shell.LocaleSelection;

import java.io.IOException;

/**
 * {@code /unsubscribe?token=…}, the address every e-mail's unsubscribe link names: shows the landing page
 * ({@code unsubscribe.xhtml}, public in web.xml like this path) in the portal's layout, without a login, in
 * Vietnamese unless the link says {@code lang=en}. A GET only asks (a mail scanner that follows links must not
 * unsubscribe anyone); the page's button POSTs the token here, as a mail client's one-click unsubscribe does
 * (RFC 8058, header {@code List-Unsubscribe-Post}), and that turns the e-mails off.
 */
@WebServlet("/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    @Inject
    LocaleSelection locale;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        request.setAttribute(UnsubscribePage.CONFIRMED, Boolean.TRUE);
        doGet(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String language = request.getParameter("lang");
        if (language != null) {
            locale.prefer(language); // the e-mail's language: the link may name it (lang=en)
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer"); // the token stays out of any Referer
        request.getRequestDispatcher("/unsubscribe.xhtml").forward(request, response);
    }
}
