package vn.hoalac.portal.infrastructure.cluster;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoalac.portal.infrastructure.http.UnavailablePage;

import java.io.IOException;

/**
 * While this instance shuts down ({@link Draining}), every request gets 503 with {@code Retry-After}: nginx sends a GET
 * to another instance; whoever still sees the answer (a POST) reads why, in Vietnamese and English ({@link UnavailablePage}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DrainingFilter extends HttpFilter {

    @Inject
    Draining draining;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!draining.draining()) {
            chain.doFilter(request, response);
            return;
        }
        UnavailablePage.send(request, response, UnavailablePage.Cause.SHUTTING_DOWN);
    }
}
