package vn.hoalac.portal.infrastructure.security;

import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's own record of who is signed in to a browser session, kept in the HTTP session as a plain serializable
 * value: what the ID token said (name, roles, organization, e-mail, language), when the tokens run out, and the raw
 * tokens needed to renew them and to end the Keycloak session. Jakarta Security's OpenID Connect context does not
 * survive session replication (its tokens are empty on another instance), so this is what lets a session go on when
 * the instance that held it dies ({@link SessionFailover}); it is also the one place the signed-in user's details are
 * read from ({@link CurrentUserProducer}). Set again in the session whenever it changes (the data grid replicates a
 * session when an attribute is set).
 *
 * @param identityToken the raw ID token (the {@code id_token_hint} of the logout at Keycloak)
 * @param refreshToken  the raw refresh token (renews the tokens once they expire), or null
 * @param expiresAt     when the ID (and access) token expires: renewed from then on
 */
public record SessionCaller(String username, Set<String> groups, String familyName, String givenName, String fullName,
                            String email, String organization, String locale, String identityToken, String refreshToken,
                            Instant expiresAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = "portal.caller";
    /** The claim the realm's role mapper writes the realm roles to. */
    static final String GROUPS = "groups";

    public SessionCaller {
        Objects.requireNonNull(username);
        groups = Set.copyOf(groups);
        Objects.requireNonNull(expiresAt);
    }

    /** Who the OpenID Connect mechanism has just verified, from the ID token of its context (null when it has none). */
    static SessionCaller fromContext(String username, OpenIdContext context) {
        if (context.getIdentityToken() == null) {
            return null;
        }
        JwtClaims claims = context.getIdentityToken().getJwtClaims();
        List<String> groups = claims.getArrayStringClaim(GROUPS);
        if (groups.isEmpty()) { // a realm that keeps the groups out of the ID token: the user info has them
            groups = context.getClaims().getArrayStringClaim(GROUPS);
        }
        return new SessionCaller(username, Set.copyOf(groups),
                claims.getStringClaim("family_name").orElse(null), claims.getStringClaim("given_name").orElse(null),
                claims.getStringClaim("name").orElse(null), claims.getStringClaim("email").orElse(null),
                claims.getStringClaim("organization").orElse(null), claims.getStringClaim("locale").orElse(null),
                context.getIdentityToken().getToken(),
                context.getRefreshToken().map(RefreshToken::getToken).orElse(null),
                claims.getExpirationTime().orElse(Instant.now()));
    }

    /** The same person with renewed tokens. */
    SessionCaller renewed(String newIdentityToken, String newRefreshToken, Instant newExpiry) {
        return new SessionCaller(username, groups, familyName, givenName, fullName, email, organization, locale,
                newIdentityToken == null ? identityToken : newIdentityToken,
                newRefreshToken == null ? refreshToken : newRefreshToken, newExpiry);
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The caller of this session, if it has one. */
    static Optional<SessionCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SessionCaller) session.getAttribute(ATTRIBUTE));
    }

    /** Keeps it in the session (set again only when it changed, so an unchanged session is not replicated again). */
    void store(HttpServletRequest request) {
        HttpSession session = request.getSession();
        if (!equals(session.getAttribute(ATTRIBUTE))) {
            session.setAttribute(ATTRIBUTE, this);
        }
    }

    @Override
    public String toString() { // never the tokens in a log line
        return "SessionCaller[" + username + ", " + groups + ", " + organization + ", until " + expiresAt + "]";
    }
}
