package vn.hoalac.portal.infrastructure.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition.OpenIdAuthenticationMechanism;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends {@code /api/*} to the bearer-token mechanism and everything else to the browser login through Keycloak.
 * When Keycloak cannot be reached during a browser login, the user gets a clear "service unavailable" page
 * instead of a stack trace.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PortalAuthenticationMechanismHandler implements HttpAuthenticationMechanismHandler {

    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanismHandler.class.getName());

    @Inject
    @OpenIdAuthenticationMechanism
    HttpAuthenticationMechanism browserLogin;

    @Inject
    @BearerAuth
    HttpAuthenticationMechanism bearer;

    @Inject
    IdentityProviderGuard identityProvider;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (isApi(request)) {
            return bearer.validateRequest(request, response, context);
        }
        try {
            AuthenticationStatus status = browserLogin.validateRequest(request, identityProvider.guard(response),
                    identityProvider.guard(context));
            if (status == AuthenticationStatus.SEND_CONTINUE) {
                ReturnTo.remember(request);
            }
            return status;
        } catch (AuthenticationException | RuntimeException e) {
            LOG.log(Level.WARNING, "login through Keycloak failed: {0}", String.valueOf(e));
            UnavailablePage.send(request, response, UnavailablePage.Cause.IDENTITY_PROVIDER);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return mechanismFor(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        mechanismFor(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism mechanismFor(HttpServletRequest request) {
        return isApi(request) ? bearer : browserLogin;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
