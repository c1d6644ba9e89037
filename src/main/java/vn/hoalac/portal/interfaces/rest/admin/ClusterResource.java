package vn.hoalac.portal.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.application.cluster.ClusterMember;
import vn.hoalac.portal.application.cluster.ClusterOverview;
import vn.hoalac.portal.interfaces.rest.PageRequest;
import vn.hoalac.portal.interfaces.rest.Paged;

/** Administrators: the cluster's members (portal instances) from their heartbeats. */
@Path("/admin/cluster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Administration")
public class ClusterResource {

    @Inject
    ClusterOverview overview;

    /** {@code GET /api/admin/cluster} → {@code {"total": 2, "items": [{"name": "portal-1", "address": ..., "up": true, ...}]}}. */
    @GET
    @Operation(summary = "The cluster's members",
            description = "Every portal instance seen in the last day, by name: its direct address, start, last heartbeat "
                    + "(every ~10 s), uptime in seconds (null when not answering), `up` and `state` (`UP`, or "
                    + "`NOT_ANSWERING` after 30 s without a heartbeat), the extraction jobs it runs now and its search "
                    + "index lag (changes not applied yet, -1 when not known).")
    @APIResponse(responseCode = "200", description = "The members, by name (`total`: how many)")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Paged<ClusterMember> members(
            @Parameter(description = PageRequest.PAGE_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "members per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 50, 200);
        return Paged.of(Page.of(overview.members(), request.first(), request.size()));
    }
}
