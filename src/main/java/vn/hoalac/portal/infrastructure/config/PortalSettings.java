package vn.hoalac.portal.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the portal finds the services around it, from MicroProfile Config (environment variables OIDC_ISSUER,
 * OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, TIKA_URL; defaults in META-INF/microprofile-config.properties).
 * Named {@code oidcConfig} because the OpenID Connect definition reads it through expressions.
 */
@ApplicationScoped
@Named("oidcConfig")
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "oidc.client.id")
    String clientId;

    @Inject
    @ConfigProperty(name = "oidc.client.secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "tika.url")
    String tikaUrl;

    /** Further clients of the realm whose access tokens the API accepts, besides the web login's (OIDC_API_CLIENTS). */
    @Inject
    @ConfigProperty(name = "oidc.api.clients", defaultValue = "portal-cli")
    java.util.List<String> apiClients;

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The clients whose tokens the API accepts: the web login's client and {@code oidc.api.clients}. */
    public java.util.Set<String> getApiClients() {
        java.util.Set<String> clients = new java.util.TreeSet<>(apiClients);
        clients.add(clientId);
        return clients;
    }

    public String getTikaUrl() {
        return tikaUrl;
    }
}
