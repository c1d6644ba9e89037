package vn.hoalac.portal.application.job;

import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.Problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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

    /**
     * Ticks the job as if it were 08:00 of the Hanoi day {@code day} (a test stack only: {@code JOBS_RUN_AS_OF_ENABLED};
     * elsewhere refused): to see a reminder of a date that is not today. Once per period as always.
     */
    public int runAsOf(String job, String day) {
        AccessPolicy.requireAnyRole(user, "action.jobs.run", Role.ADMIN);
        if (!jobs.runAsOfEnabled()) {
            throw new InvalidInputException("jobs.asOf.disabled", new Problem("day", "jobs.asOf.disabled"));
        }
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(day == null ? "" : day.strip());
        } catch (DateTimeParseException notADay) {
            throw new InvalidInputException("jobs.asOf.invalid", new Problem("day", "jobs.asOf.invalid"));
        }
        Instant at = asOf.atTime(8, 0).atZone(PortalTime.HANOI).toInstant();
        return jobs.tickAt(job, at).orElseThrow(() -> new NotFoundException("notFound.job", job));
    }
}
