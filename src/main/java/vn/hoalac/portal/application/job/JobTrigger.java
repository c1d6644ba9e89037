package vn.hoalac.portal.application.job;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.List;

/**
 * Administrators tick a scheduled job now instead of waiting for its next tick (after fixing the mail server, or in a
 * test). It is still once per cluster and period: a period done before is not done again.
 */
@RequestScoped
public class JobTrigger {

    @Inject
    PortalUser user;

    @Inject
    ClusterJobs jobs;

    /** The scheduled jobs' names. */
    public List<String> jobs() {
        AccessPolicy.requireAnyRole(user, "action.jobs.run", Role.ADMIN);
        return jobs.names();
    }

    /** Ticks the job; how many periods it did now. */
    public int run(String job) {
        AccessPolicy.requireAnyRole(user, "action.jobs.run", Role.ADMIN);
        return jobs.tickNow(job).orElseThrow(() -> new NotFoundException("notFound.job", job));
    }
}
