package vn.hoalac.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.hoalac.portal.infrastructure.config.PortalSettings;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A browser session that outlives the instance it logged in on. Payara replicates the session (and the caller it
 * registered) through the data grid, but not the OpenID Connect mechanism's tokens: on another instance its context is
 * empty, and the mechanism fails ({@code NullPointerException} on {@code AccessToken.isExpired()}). So when a signed-in
 * session arrives without tokens, the caller is established again from the session's own {@link SessionCaller}; once
 * its tokens have expired they are renewed at Keycloak's token endpoint with its refresh token (as the mechanism would),
 * and when Keycloak refuses (its session ended) the portal session ends too and the user signs in again. Keycloak
 * being unreachable while the tokens must be renewed is reported as such; anything else never is.
 */
@ApplicationScoped
public class SessionFailover {

    private static final Logger LOG = Logger.getLogger(SessionFailover.class.getName());

    @Inject
    OpenIdContext openIdContext;

    @Inject
    PortalSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Whether this request is of a signed-in browser session whose OpenID Connect context is empty on this instance. */
    boolean carriedOver(HttpServletRequest request) {
        return request.getUserPrincipal() != null && request.getSession(false) != null
                && openIdContext.getAccessToken() == null;
    }

    /** After the mechanism has verified (or renewed) the tokens: the session's caller, kept up to date. */
    void remember(HttpServletRequest request, HttpMessageContext context) {
        if (openIdContext.getIdentityToken() == null) {
            return;
        }
        Principal principal = context.getCallerPrincipal() != null ? context.getCallerPrincipal() : request.getUserPrincipal();
        if (principal == null) {
            return;
        }
        String token = openIdContext.getIdentityToken().getToken();
        Optional<SessionCaller> known = SessionCaller.of(request);
        if (known.isEmpty() || !token.equals(known.get().identityToken())) {
            SessionCaller caller = SessionCaller.fromContext(principal.getName(), openIdContext);
            if (caller != null) {
                caller.store(request);
            }
        }
    }

    /** Establishes the caller of a carried-over session from its {@link SessionCaller} (renewing the tokens when due). */
    AuthenticationStatus resume(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        Optional<SessionCaller> known = SessionCaller.of(request);
        if (known.isEmpty()) {
            LOG.info("a signed-in session without the portal's caller record: signing in again");
            return signInAgain(request, response);
        }
        SessionCaller caller = known.get();
        if (caller.expired(Instant.now())) {
            Optional<SessionCaller> renewed = renew(caller);
            if (renewed.isEmpty()) {
                LOG.info("Keycloak ended the session of " + caller.username() + ": signing in again");
                return signInAgain(request, response);
            }
            caller = renewed.get();
            caller.store(request);
        }
        return context.notifyContainerAboutLogin(new CallerPrincipal(caller.username()), caller.groups());
    }

    /**
     * The tokens renewed with the refresh token (back channel, the client's own credentials); empty when Keycloak
     * refuses them (its session is over). Throws when Keycloak cannot be reached.
     */
    private Optional<SessionCaller> renew(SessionCaller caller) throws IOException {
        if (caller.refreshToken() == null) {
            return Optional.empty();
        }
        String form = "grant_type=refresh_token&refresh_token=" + encode(caller.refreshToken())
                + "&client_id=" + encode(settings.getClientId()) + "&client_secret=" + encode(settings.getClientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("token_endpoint", "/protocol/openid-connect/token")))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while renewing the tokens", e);
        }
        if (answer.statusCode() == 400 || answer.statusCode() == 401) {
            return Optional.empty();
        }
        if (answer.statusCode() != 200) {
            throw new IOException("Keycloak's token endpoint answered " + answer.statusCode());
        }
        JsonObject tokens;
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            tokens = reader.readObject();
        }
        return Optional.of(caller.renewed(tokens.getString("id_token", null), tokens.getString("refresh_token", null),
                Instant.now().plusSeconds(tokens.getJsonNumber("expires_in").longValue())));
    }

    /**
     * Where the logout of a carried-over session sends the browser: Keycloak's end-session endpoint with the ID token as
     * hint, coming back to {@code afterLogout} (the mechanism cannot do it: it has no ID token here).
     */
    String endSessionUrl(SessionCaller caller, String afterLogout) {
        return endpoint("end_session_endpoint", "/protocol/openid-connect/logout")
                + "?id_token_hint=" + encode(caller.identityToken())
                + "&client_id=" + encode(settings.getClientId())
                + "&post_logout_redirect_uri=" + encode(afterLogout);
    }

    /** The session ends; a page is asked for again (a new session: the login through Keycloak, silent while its session lives). */
    private static AuthenticationStatus signInAgain(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String query = request.getQueryString();
        boolean page = "GET".equals(request.getMethod()) && !"partial/ajax".equals(request.getHeader("Faces-Request"));
        String target = page ? request.getRequestURI() + (query == null ? "" : "?" + query) : request.getContextPath() + "/";
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            response.flushBuffer();
        } else {
            response.sendRedirect(target);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private String endpoint(String name, String keycloakPath) {
        try {
            JsonObject metadata = openIdContext.getProviderMetadata();
            if (metadata != null && metadata.containsKey(name)) {
                return metadata.getString(name);
            }
        } catch (RuntimeException e) {
            // the metadata could not be read: Keycloak's own address of the endpoint
        }
        return settings.getIssuer().replaceAll("/+$", "") + keycloakPath;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
