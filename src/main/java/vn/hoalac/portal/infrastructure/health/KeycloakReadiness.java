package vn.hoalac.portal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.hoalac.portal.infrastructure.config.PortalSettings;

@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    @Inject
    PortalSettings settings;

    @Override
    public HealthCheckResponse call() {
        return HttpProbe.check("keycloak", settings.getIssuer() + "/.well-known/openid-configuration");
    }
}
