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
 * Vietnamese unless the link says {@code lang=en}.
 */
@WebServlet("/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    @Inject
    LocaleSelection locale;

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
