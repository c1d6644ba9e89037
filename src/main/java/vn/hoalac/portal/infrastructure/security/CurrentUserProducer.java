package vn.hoalac.portal.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import vn.hoalac.portal.domain.model.identity.PersonName;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the signed-in user injectable as {@link PortalUser}, whichever way they came in: the browser session
 * (claims of the OpenID Connect ID token) or a bearer access token ({@link PortalPrincipal}).
 */
@RequestScoped
public class CurrentUserProducer {

    @Inject
    SecurityContext securityContext;

    @Inject
    OpenIdContext openIdContext;

    private PortalUser user;

    @Produces
    PortalUser currentUser() {
        if (user == null) {
            user = resolve();
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
            return new PortalUser(p.getName(), p.displayName(), p.email(), p.organization(), containerRoles());
        }
        // A browser session: the claims of its ID token, which the OpenID Connect mechanism has verified and keeps in
        // the session (renewed with the tokens). OpenIdContext.getClaims() would ask Keycloak's userinfo endpoint over
        // HTTP on every request; the realm puts the same claims (profile, email, organization, groups) in the ID token.
        JwtClaims claims = openIdContext.getIdentityToken().getJwtClaims();
        List<String> groups = claims.getArrayStringClaim(GROUPS);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groups.isEmpty()) {
            roles.addAll(containerRoles());
        } else {
            groups.forEach(g -> Role.fromClaim(g).ifPresent(roles::add));
        }
        return new PortalUser(principal.getName(),
                PersonName.vietnameseOrder(claims.getStringClaim("family_name").orElse(null),
                        claims.getStringClaim("given_name").orElse(null), claims.getStringClaim("name").orElse(null)),
                claims.getStringClaim("email").orElse(null),
                claims.getStringClaim("organization").orElse(null),
                roles);
    }

    /** The roles the container gave the caller. */
    private Set<Role> containerRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.claim())) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The claim the realm's role mapper writes the realm roles to, the caller's groups (SecurityConfiguration's default). */
    private static final String GROUPS = "groups";
}
