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
import vn.hoalac.portal.infrastructure.http.UnavailablePage;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends every request the REST API's servlet serves to the bearer-token mechanism and everything else to the browser
 * login through Keycloak. Which is which is read from the container's servlet mapping, the same decision that routes
 * the request, never from the raw URI: {@code /api;me} is served by the API and so must be authenticated as the API
 * (by a bearer token, never by the browser's session cookie). Path parameters ({@code ;}) are refused on the API
 * altogether. When Keycloak cannot be reached during a browser login, the user gets a clear "service unavailable"
 * page instead of a stack trace. The OpenID Connect mechanism does the login; after it, a session goes on as the
 * portal's own {@link SessionCaller}, on whichever instance it arrives (its context cannot travel: {@link SessionFailover}).
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

    @Inject
    vn.hoalac.portal.infrastructure.cluster.PortalInstance instance;

    @Inject
    SessionFailover failover;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        instance.stamp(response);
        if (isApi(request)) {
            if (request.getRequestURI().indexOf(';') >= 0) {
                return BearerTokenMechanism.refuse(request, response, 400, BearerTokenMechanism.PATH_PARAMETERS);
            }
            return bearer.validateRequest(request, response, context);
        }
        try {
            if (failover.carriedOver(request)) { // signed in: the portal's own record of the caller, on any instance
                return failover.resume(request, response, context);
            }
            AuthenticationStatus status = browserLogin.validateRequest(request, identityProvider.guard(response),
                    identityProvider.guard(context));
            if (status == AuthenticationStatus.SEND_CONTINUE) {
                ReturnTo.remember(request);
            } else if (status == AuthenticationStatus.SUCCESS) {
                failover.remember(request, context);
            }
            return status;
        } catch (AuthenticationException | java.io.IOException | RuntimeException e) {
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
        if (!isApi(request) && failover.carriedOver(request)) {
            // the mechanism's context is not kept after the login; LogoutServlet ends the Keycloak session itself
            context.cleanClientSubject();
            return;
        }
        mechanismFor(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism mechanismFor(HttpServletRequest request) {
        return isApi(request) ? bearer : browserLogin;
    }

    /**
     * Whether the REST API's servlet serves this request: its servlet path is the API's mapping ({@code /api/*}),
     * whatever the spelling of the raw URI (path parameters, dot segments, encodings). The raw URI is consulted too,
     * so that a request that looks like the API is never handed to the browser login.
     */
    static boolean isApi(HttpServletRequest request) {
        if (API_PATH.equals(request.getServletPath())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(API_PATH) || path.startsWith(API_PATH + "/") || path.startsWith(API_PATH + ";");
    }

    /** The REST API's mapping (PortalApi's {@code @ApplicationPath}). */
    static final String API_PATH = "/api";
}
