package vn.hoalac.portal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Public readiness (/health/ready): UP or DOWN only; the details are on the administrators' health page. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    ServiceProbes probes;

    @Override
    public HealthCheckResponse call() {
        var check = probes.database();
        return HealthCheckResponse.named(check.name()).status(check.up()).build();
    }
}
