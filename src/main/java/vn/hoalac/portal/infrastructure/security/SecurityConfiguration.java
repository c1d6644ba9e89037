package vn.hoalac.portal.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Browser login through Keycloak (OpenID Connect, authorization code flow). Roles come from the {@code groups}
 * claim. {@code redirectToOriginalResource} stays false: on Payara the first request after a redirect to the original
 * resource has no roles (see STACK-FACTS.md); {@link CallbackServlet} sends the user on instead.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.issuer}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = false,
        tokenAutoRefresh = true,
        jwksConnectTimeout = 5000,
        jwksReadTimeout = 5000,
        // Keycloak's login page speaks Vietnamese first, like the portal (its own switch offers English)
        extraParameters = {"ui_locales=vi en"},
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/logged-out.xhtml"))
@DeclareRoles({"park-manager", "university-reviewer", "committee-approver", "admin"})
@ApplicationScoped
public class SecurityConfiguration {
}
