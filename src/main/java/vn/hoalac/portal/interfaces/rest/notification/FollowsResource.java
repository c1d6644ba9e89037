package vn.hoalac.portal.interfaces.rest.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.notification.Following;

/**
 * Following a record (issue 14): its followers get its events. A record is named as the audit trail names it: type
 * PLAN, PLAN_VERSION, DOCUMENT, AGREEMENT or PROPOSAL, id {@code 12} ({@code 12/3} for version 3 of plan 12, as it is
 * in the path: {@code /api/follows/PLAN_VERSION/12/3}).
 */
@Path("/follows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Notifications")
public class FollowsResource {

    @Inject
    Following following;

    /** Whether the caller follows the record. */
    public record FollowOut(String recordType, String recordId, boolean following) {
    }

    @GET
    @Operation(summary = "Whether the caller follows a record", description = "The people involved in a record follow it by default.")
    @APIResponse(responseCode = "200", description = "Whether the caller follows it")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public FollowOut get(@Parameter(description = "PLAN, PLAN_VERSION, DOCUMENT, AGREEMENT or PROPOSAL", required = true) @QueryParam("recordType") String recordType,
                         @Parameter(description = "the record's id (`12`, or `12/3` for a plan's version)", required = true) @QueryParam("recordId") String recordId) {
        return new FollowOut(recordType, recordId, following.follows(recordType, recordId));
    }

    @PUT
    @Path("{recordType}/{recordId: .+}")
    @Operation(summary = "Follow a record", description = "Only a record the caller may read; any other is a 404.")
    @APIResponse(responseCode = "200", description = "Followed")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public FollowOut follow(@Parameter(description = "PLAN, PLAN_VERSION, DOCUMENT, AGREEMENT or PROPOSAL") @PathParam("recordType") String recordType,
                            @Parameter(description = "the record's id (`12`, or `12/3` for a plan's version)") @PathParam("recordId") String recordId) {
        return new FollowOut(recordType, recordId, following.follow(recordType, recordId));
    }

    @DELETE
    @Path("{recordType}/{recordId: .+}")
    @Operation(summary = "Stop following a record", description = "Kept as a choice: following by default does not come back.")
    @APIResponse(responseCode = "200", description = "Not followed")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public FollowOut unfollow(@Parameter(description = "PLAN, PLAN_VERSION, DOCUMENT, AGREEMENT or PROPOSAL") @PathParam("recordType") String recordType,
                              @Parameter(description = "the record's id (`12`, or `12/3` for a plan's version)") @PathParam("recordId") String recordId) {
        return new FollowOut(recordType, recordId, following.unfollow(recordType, recordId));
    }
}
