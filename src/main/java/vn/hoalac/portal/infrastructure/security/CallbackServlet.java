package vn.hoalac.portal.infrastructure.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;

import java.io.IOException;

/** Keycloak sends the browser here after login; the OIDC mechanism has handled the code, we send the user on. */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {

    @jakarta.inject.Inject
    AuditTrail audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            // looked up per request: the servlet lives as long as the application, the user only as long as the request
            var user = jakarta.enterprise.inject.spi.CDI.current().select(vn.hoalac.portal.domain.model.identity.PortalUser.class).get();
            if (user != null && user.username() != null) {
                audit.recordNow(user, AuditAction.LOGIN, "USER", user.username(), "from " + request.getRemoteAddr());
            }
        } catch (RuntimeException e) {
            // the login itself succeeded; a database outage must not stop the user here
            java.util.logging.Logger.getLogger(CallbackServlet.class.getName()).warning("login not recorded: " + e);
        }
        response.sendRedirect(request.getContextPath() + ReturnTo.take(request));
    }
}
