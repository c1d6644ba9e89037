package vn.hoalac.portal.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.domain.model.identity.PersonName;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the signed-in user injectable as {@link PortalUser}, whichever way they came in: the browser session
 * (claims of the OpenID Connect ID token) or a bearer access token ({@link PortalPrincipal}); tells the people directory
 * who they are, so that others see their name.
 */
@RequestScoped
public class CurrentUserProducer {

    @Inject
    SecurityContext securityContext;

    @Inject
    OpenIdContext openIdContext;

    @Inject
    PeopleDirectory people;

    private PortalUser user;
    private String locale;

    @Produces
    PortalUser currentUser() {
        if (user == null) {
            user = resolve();
            people.remember(user, locale); // a map lookup unless the person is new or changed their name
        }
        return user;
    }

    private PortalUser resolve() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return new PortalUser("anonymous", null, null, null, Set.of());
        }
        // the container hands back its own principal; ours (set by the bearer mechanism) is among the subject's principals
        var api = securityContext.getPrincipalsByType(PortalPrincipal.class).stream().findFirst();
        if (api.isPresent()) {
            PortalPrincipal p = api.get();
            locale = p.locale();
            return new PortalUser(p.getName(), p.displayName(), p.email(), p.organization(), containerRoles());
        }
        // A browser session: the claims of its ID token, which the OpenID Connect mechanism has verified and keeps in
        // the session (renewed with the tokens). OpenIdContext.getClaims() would ask Keycloak's userinfo endpoint over
        // HTTP on every request; the realm puts the same claims (profile, email, organization, groups) in the ID token.
        JwtClaims claims = openIdContext.getIdentityToken().getJwtClaims();
        locale = claims.getStringClaim("locale").orElse(null);
        // roles from the session's ID token, not from the container: Payara re-establishes the caller of a session on
        // every request, and under concurrent requests of one session (parallel uploads) some came out without their
        // groups (isCallerInRole false for every role), so a park manager's upload was refused (docs/security.md)
        Set<Role> roles = sessionRoles(claims);
        return new PortalUser(principal.getName(),
                PersonName.vietnameseOrder(claims.getStringClaim("family_name").orElse(null),
                        claims.getStringClaim("given_name").orElse(null), claims.getStringClaim("name").orElse(null)),
                claims.getStringClaim("email").orElse(null),
                claims.getStringClaim("organization").orElse(null),
                roles);
    }

    /** The roles the container grants the caller of this request: the bearer mechanism's, set for this request alone. */
    private Set<Role> containerRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.claim())) {
                roles.add(role);
            }
        }
        return roles;
    }

    /**
     * The roles of the browser session: the {@code groups} claim of its ID token (verified by the login mechanism,
     * renewed with the tokens), the claim the container's roles come from too; the user info's claim if the token
     * has none (one request to Keycloak, only for a realm that does not put the groups in the token).
     */
    private Set<Role> sessionRoles(JwtClaims token) {
        List<String> groups = token.getArrayStringClaim(GROUPS);
        if (groups.isEmpty()) {
            groups = openIdContext.getClaims().getArrayStringClaim(GROUPS);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(g -> Role.fromClaim(g).ifPresent(roles::add));
        return roles;
    }

    /** The claim the realm's role mapper writes the realm roles to, the caller's groups (SecurityConfiguration's default). */
    private static final String GROUPS = "groups";
}
