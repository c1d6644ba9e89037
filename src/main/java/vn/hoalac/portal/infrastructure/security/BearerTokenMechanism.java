package vn.hoalac.portal.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoalac.portal.domain.model.identity.PersonName;
import vn.hoalac.portal.infrastructure.config.PortalSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Authenticates REST API calls by a bearer access token of the realm. Never redirects: a missing or bad token is a
 * JSON 401, an unreachable Keycloak (keys cannot be fetched) a JSON 503. Creates no HTTP session.
 */
@BearerAuth
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());
    private static final String PREFIX = "Bearer ";
    /** Set on a request this mechanism authenticated; {@link BearerOnlyApi} serves no API call without it. */
    static final String AUTHENTICATED = BearerTokenMechanism.class.getName() + ".authenticated";
    /** The message keys (and codes) of the refusals the API's login makes, in the portal's bundles. */
    static final String MISSING_TOKEN = "error.tokenMissing";
    static final String INVALID_TOKEN = "error.tokenInvalid";
    static final String KEYS_UNREACHABLE = "error.identityProviderUnavailable";
    static final String PATH_PARAMETERS = "error.pathParameters";

    @Inject
    PortalSettings settings;

    private AccessTokenVerifier verifier;

    @PostConstruct
    void init() {
        verifier = AccessTokenVerifier.forIssuer(settings.getIssuer(), settings.getApiClients());
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return context.isProtected() ? refuse(request, response, 401, MISSING_TOKEN) : context.doNothing();
        }
        try {
            JWTClaimsSet claims = verifier.verify(header.substring(PREFIX.length()).trim());
            List<String> groups = claims.getStringListClaim("groups");
            PortalPrincipal principal = new PortalPrincipal(
                    claims.getStringClaim("preferred_username"),
                    PersonName.vietnameseOrder(claims.getStringClaim("family_name"),
                            claims.getStringClaim("given_name"), claims.getStringClaim("name")),
                    claims.getStringClaim("email"),
                    claims.getStringClaim("organization"),
                    claims.getStringClaim("locale"));
            request.setAttribute(AUTHENTICATED, Boolean.TRUE);
            return context.notifyContainerAboutLogin(principal, groups == null ? new HashSet<>() : new HashSet<>(groups));
        } catch (KeySourceException e) {
            LOG.log(Level.WARNING, "cannot fetch the signing keys of the realm: {0}", e.getMessage());
            return refuse(request, response, 503, KEYS_UNREACHABLE);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.log(Level.FINE, "refused bearer token: {0}", e.getMessage());
            return refuse(request, response, 401, INVALID_TOKEN);
        }
    }

    /**
     * The API's error body ({@code interfaces.rest.ErrorResponse}'s shape) for a refusal of the login itself, before
     * any resource runs: the message of {@code key} in the caller's language (Accept-Language: English or
     * Vietnamese, Vietnamese otherwise), the key as its code.
     */
    static String body(HttpServletRequest request, String key) {
        java.util.Locale language = java.util.Locale.forLanguageTag("vi");
        // without the header the servlet container answers its own default locale: Vietnamese is the portal's
        java.util.Enumeration<java.util.Locale> acceptable = request.getHeader("Accept-Language") == null ? null : request.getLocales();
        while (acceptable != null && acceptable.hasMoreElements()) {
            String tag = acceptable.nextElement().getLanguage();
            if (tag.equals("vi") || tag.equals("en")) {
                language = java.util.Locale.forLanguageTag(tag);
                break;
            }
        }
        String message = java.util.ResourceBundle.getBundle("vn.hoalac.portal.i18n.messages", language).getString(key);
        return Json.createObjectBuilder()
                .add("error", message)
                .add("message", message)
                .add("code", key)
                .add("details", Json.createArrayBuilder())
                .add("problems", Json.createArrayBuilder())
                .build().toString();
    }

    static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status, String key) {
        try {
            response.setStatus(status);
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"hoalac\"");
            }
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(body(request, key));
            response.flushBuffer();
        } catch (IOException e) {
            LOG.log(Level.FINE, "client went away", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
