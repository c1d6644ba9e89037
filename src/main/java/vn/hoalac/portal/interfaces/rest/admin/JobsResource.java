package vn.hoalac.portal.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.job.JobTrigger;

import java.util.List;

/** Administrators: the scheduled jobs (once per cluster), and running one now. */
@Path("/admin/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Administration")
public class JobsResource {

    @Inject
    JobTrigger trigger;

    public record Jobs(List<String> jobs) {
    }

    public record Ran(String job, int periods) {
    }

    @GET
    @Operation(summary = "The scheduled jobs", description = "Each runs once per cluster: reminders, agreement statuses, the people directory, the daily digest.")
    @APIResponse(responseCode = "200", description = "`{\"jobs\": [\"agreement-clock\", ...]}`")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Jobs jobs() {
        return new Jobs(trigger.jobs());
    }

    /** {@code POST /api/admin/jobs/{job}/run} → {@code {"job": "review-reminders", "periods": 2}}. */
    @POST
    @Path("{job}/run")
    @Operation(summary = "Run a scheduled job now",
            description = "Does what is due now instead of waiting for the next tick; a period done before (by any instance) is not done again.")
    @APIResponse(responseCode = "200", description = "`{\"job\": name, \"periods\": how many periods it did now}`")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Ran run(@Parameter(description = "the job's name (GET /api/admin/jobs)") @PathParam("job") String job,
                   @Parameter(description = "only on a test stack (JOBS_RUN_AS_OF_ENABLED=true; refused elsewhere with 400): run as if"
                           + " it were 08:00 of this Hanoi day, yyyy-mm-dd") @QueryParam("asOf") String asOf) {
        return new Ran(job, asOf == null ? trigger.run(job) : trigger.runAsOf(job, asOf));
    }
}
