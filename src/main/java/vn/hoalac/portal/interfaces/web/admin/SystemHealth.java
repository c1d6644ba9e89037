package vn.hoalac.portal.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** The system health page (administrators): the same readiness checks as /health/ready, in words. */
@Named
@RequestScoped
public class SystemHealth {

    @Inject
    PortalUser user;

    @Inject
    @Readiness
    Instance<HealthCheck> checks;

    private List<HealthCheckResponse> results;

    @PostConstruct
    void init() {
        AccessPolicy.requireAnyRole(user, "Viewing system health", Role.ADMIN);
        results = StreamSupport.stream(checks.spliterator(), false)
                .map(HealthCheck::call)
                .sorted(Comparator.comparing(HealthCheckResponse::getName))
                .toList();
    }

    public List<HealthCheckResponse> getResults() {
        return results;
    }

    public boolean isAllUp() {
        return results.stream().allMatch(r -> r.getStatus() == HealthCheckResponse.Status.UP);
    }

    public String details(HealthCheckResponse response) {
        return response.getData().map(Object::toString).orElse("");
    }
}
