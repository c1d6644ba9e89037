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
 * registered) through the data grid, but the OpenID Connect mechanism's context cannot travel with it: on another
 * instance it was empty (the mechanism then failed with a {@code NullPointerException} on {@code AccessToken.isExpired()}),
 * or the whole session could not be read there at all (the context holds CDI proxies of the mechanism's own beans,
 * whose ids differ from one instance to the next: {@code WELD-001500 Failed to deserialize proxy object}). So the
 * mechanism does the login alone: once it has verified the tokens, the portal keeps its own {@link SessionCaller} in
 * the session and takes the mechanism's context out of it ({@link #remember}); every later request of the session, on
 * whichever instance, establishes the caller from that record ({@link #resume}). Once its tokens have expired they are
 * renewed at Keycloak's token endpoint with its refresh token (as the mechanism did), and when Keycloak refuses (its
 * session ended) the portal session ends too and the user signs in again; logging out sends the browser to Keycloak's
 * end-session endpoint with the kept ID token. Keycloak being unreachable while the tokens must be renewed is reported
 * as such; nothing else ever is.
 */
@ApplicationScoped
public class SessionFailover {

    private static final Logger LOG = Logger.getLogger(SessionFailover.class.getName());

    @Inject
    OpenIdContext openIdContext;

    @Inject
    PortalSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile JsonObject discovery;

    /** Whether this request is of a signed-in browser session the portal carries itself (it has a {@link SessionCaller}). */
    boolean carriedOver(HttpServletRequest request) {
        return request.getUserPrincipal() != null && SessionCaller.of(request).isPresent();
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
                forgetMechanismContext(request.getSession());
            }
        }
    }

    /**
     * Takes the OpenID Connect mechanism's context (a session-scoped bean of Jakarta Security's implementation, kept by
     * CDI under a session attribute {@code WELD_S#...OpenIdContextImpl...}) out of the session: it cannot be read on
     * another instance, and its tokens are in the {@link SessionCaller} now.
     */
    private static void forgetMechanismContext(HttpSession session) {
        for (String name : java.util.Collections.list(session.getAttributeNames())) {
            if (name.startsWith("WELD_S#") && name.contains("OpenIdContextImpl")) {
                session.removeAttribute(name);
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

    /**
     * An endpoint of the provider's discovery document (read once; never through the mechanism's session-scoped context,
     * which would put it back into the session), or Keycloak's own path when the document cannot be read.
     */
    private String endpoint(String name, String keycloakPath) {
        String issuer = settings.getIssuer().replaceAll("/+$", "");
        JsonObject metadata = discovery;
        if (metadata == null) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                                URI.create(issuer + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() == 200) {
                    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                        metadata = reader.readObject();
                    }
                    discovery = metadata;
                }
            } catch (IOException | RuntimeException e) {
                // Keycloak's own paths below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (metadata != null && metadata.containsKey(name)) {
            return metadata.getString(name);
        }
        return issuer + keycloakPath;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
