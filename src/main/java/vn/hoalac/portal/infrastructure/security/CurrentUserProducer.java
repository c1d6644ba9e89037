package vn.hoalac.portal.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.domain.model.identity.PersonName;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.security.Principal;
import java.util.EnumSet;
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

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

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
        // A browser session: who the OpenID Connect mechanism verified at login (and renews with the tokens), as the
        // portal keeps it in the session (SessionCaller): the claims of the ID token, so no request to Keycloak's
        // userinfo endpoint on every request, and still there when the session has moved to another instance, where the
        // mechanism's own context is empty. Roles from the ID token too, not from the container: Payara re-establishes the
        // caller of a session on every request, and under concurrent requests of one session (parallel uploads) some came
        // out without their groups (isCallerInRole false for every role), so a park manager's upload was refused
        // (docs/security.md)
        SessionCaller caller = SessionCaller.of(request)
                .orElseGet(() -> SessionCaller.fromContext(principal.getName(), openIdContext));
        if (caller == null) {
            return new PortalUser(principal.getName(), null, null, null, containerRoles());
        }
        locale = caller.locale();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        caller.groups().forEach(g -> Role.fromClaim(g).ifPresent(roles::add));
        return new PortalUser(principal.getName(),
                PersonName.vietnameseOrder(caller.familyName(), caller.givenName(), caller.fullName()),
                caller.email(), caller.organization(), roles);
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

}
