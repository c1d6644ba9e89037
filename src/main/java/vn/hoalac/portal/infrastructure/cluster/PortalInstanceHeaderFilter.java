package vn.hoalac.portal.infrastructure.cluster;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Every answer says which instance served it ({@code X-Portal-Instance: portal-i}), so an operator or a test behind the
 * load balancer knows where a request went (the instance names are not secret: the cluster page lists them).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PortalInstanceHeaderFilter extends HttpFilter {

    public static final String HEADER = vn.hoalac.portal.infrastructure.http.PortalHeaders.INSTANCE;

    @Inject
    PortalInstance instance;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        instance.stamp(response);
        chain.doFilter(request, response);
    }
}
