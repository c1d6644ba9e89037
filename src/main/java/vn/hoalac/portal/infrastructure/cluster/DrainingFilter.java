package vn.hoalac.portal.infrastructure.cluster;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoalac.portal.infrastructure.security.UnavailablePage;

import java.io.IOException;

/** While this instance shuts down ({@link Draining}), every request gets 503 with {@code Retry-After}: nginx moves on. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DrainingFilter extends HttpFilter {

    @Inject
    Draining draining;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (draining.draining()) {
            response.setHeader("Connection", "close");
            UnavailablePage.send(request, response, UnavailablePage.Cause.SHUTTING_DOWN);
            return;
        }
        chain.doFilter(request, response);
    }
}
