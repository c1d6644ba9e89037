package vn.hoalac.portal.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.search.IndexStatus;
import vn.hoalac.portal.application.search.SearchIndexAdmin;

/** Administrators: the state of this instance's search index, and the command that rebuilds it from PostgreSQL. */
@Path("/admin/search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Administration")
public class SearchIndexResource {

    @Inject
    SearchIndexAdmin admin;

    @GET
    @Operation(summary = "This instance's search index", description = "Entries, size, changes not applied yet, last rebuild.")
    @APIResponse(responseCode = "200", description = "The index's state")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public IndexStatus status() {
        return admin.status();
    }

    /** {@code POST /api/admin/search-index/rebuild} → 202 with the status (search answers from the old index meanwhile). */
    @POST
    @Path("rebuild")
    @Operation(summary = "Rebuild this instance's index from PostgreSQL", description = "Search answers from the old index meanwhile.")
    @APIResponse(responseCode = "202", description = "Started; the index's state",
            content = @Content(schema = @Schema(implementation = IndexStatus.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response rebuild() {
        return Response.accepted(admin.rebuild()).build();
    }
}
