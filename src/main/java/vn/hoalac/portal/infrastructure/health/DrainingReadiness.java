package vn.hoalac.portal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.hoalac.portal.infrastructure.cluster.Draining;

/** Public readiness (/health/ready): DOWN while this instance shuts down, so a load balancer stops sending it users. */
@Readiness
@ApplicationScoped
public class DrainingReadiness implements HealthCheck {

    @Inject
    Draining draining;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("instance").status(!draining.draining()).build();
    }
}
