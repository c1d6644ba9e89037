package vn.hoalac.portal.interfaces.web.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.interfaces.web.shell.PageAreas;

import java.io.IOException;

/**
 * Keeps each area of the pages to the users {@link AccessPolicy} lets in: anyone else gets the 403 page (web.xml's
 * error page, which also records the refusal), before any page code runs. web.xml only asks for a signed-in user
 * everywhere but the public resources, so the container has authenticated the user before this filter runs.
 * Declared in web.xml for every request that comes from outside (not the error pages' dispatches).
 */
public class AreaAccessFilter extends HttpFilter {

    @Inject
    Instance<PortalUser> users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        AccessPolicy.Area area = PageAreas.of(pathOf(request));
        if (!area.isOpenToEverySignedInUser() && !AccessPolicy.mayEnter(users.get(), area)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The path the container mapped: decoded, normalised and without path parameters, as its security constraints see it. */
    static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }
}
