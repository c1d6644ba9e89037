package vn.hoalac.portal.interfaces.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoalac.portal.application.DatabaseUnavailableException;
import vn.hoalac.portal.application.Failures;

import java.io.IOException;

/**
 * Turns a database outage buried in whatever exception a page threw into {@link DatabaseUnavailableException},
 * so the error page "service temporarily unavailable" (web.xml) is shown instead of the generic 500 page.
 * Declared in web.xml inside OmniFaces' FacesExceptionFilter, which then finds the error page.
 */
public class OutageTranslationFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (Failures.isDatabaseOutage(e) && !(e instanceof DatabaseUnavailableException)) {
                throw new ServletException(new DatabaseUnavailableException(e));
            }
            throw e;
        }
    }
}
