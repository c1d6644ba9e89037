package vn.hoalac.portal.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.cluster.ClusterMember;
import vn.hoalac.portal.application.cluster.ClusterOverview;

import java.util.List;

/** Administrators: the cluster's members (portal instances) from their heartbeats. */
@Path("/admin/cluster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Administration")
public class ClusterResource {

    @Inject
    ClusterOverview overview;

    /** {@code GET /api/admin/cluster} → {@code [{"name": "portal-1", "address": ..., "up": true, ...}]}. */
    @GET
    @Operation(summary = "The cluster's members",
            description = "Every portal instance seen in the last day, by name: its direct address, start, last heartbeat "
                    + "(every ~10 s), uptime in seconds (null when not answering), `up` and `state` (`UP`, or "
                    + "`NOT_ANSWERING` after 30 s without a heartbeat), the extraction jobs it runs now and its search "
                    + "index lag (changes not applied yet, -1 when not known).")
    @APIResponse(responseCode = "200", description = "The members, by name")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<ClusterMember> members() {
        return overview.members();
    }
}
