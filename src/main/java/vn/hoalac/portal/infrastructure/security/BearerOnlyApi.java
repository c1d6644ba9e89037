package vn.hoalac.portal.infrastructure.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The REST API's second lock: whatever reached the API's servlet, no resource runs unless this request was
 * authenticated by a bearer access token ({@link BearerTokenMechanism}). A browser session, however it got here,
 * is never enough, so a page of another site cannot make the browser call the API on the user's behalf.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerOnlyApi implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(BearerTokenMechanism.AUTHENTICATED) == null) {
            context.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hoalac\"")
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(BearerTokenMechanism.body(request, BearerTokenMechanism.MISSING_TOKEN))
                    .build());
        }
    }
}
