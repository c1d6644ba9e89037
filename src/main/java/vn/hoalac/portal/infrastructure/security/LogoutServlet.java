package vn.hoalac.portal.infrastructure.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Ends the portal session and the Keycloak session (the OIDC mechanism redirects to Keycloak's end-session endpoint,
 * which comes back to the logged-out page). POST only, so a link on another site cannot log a user out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @jakarta.inject.Inject
    SessionFailover failover;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        // a session carried over from another instance: the mechanism has no ID token here, the Keycloak logout is ours
        var carriedOver = failover.carriedOver(request) ? SessionCaller.of(request) : java.util.Optional.<SessionCaller>empty();
        // request.logout() with nobody logged in answers 500 on Payara: guard it
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            String loggedOut = request.getContextPath() + "/logged-out.xhtml";
            if (carriedOver.isPresent()) {
                String base = request.getRequestURL().toString();
                base = base.substring(0, base.length() - request.getRequestURI().length());
                response.sendRedirect(failover.endSessionUrl(carriedOver.get(), base + loggedOut));
            } else {
                response.sendRedirect(loggedOut);
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
