package vn.hoalac.portal.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.document.ExtractionRerun;

/** Administrators: how many extractions failed, and having them done again (all, or one document's). */
@Path("/admin/extractions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Administration")
public class ExtractionsResource {

    @Inject
    ExtractionRerun rerun;

    public record Failed(long failed) {
    }

    public record Queued(int queued) {
    }

    @GET
    @Operation(summary = "How many extractions failed")
    @APIResponse(responseCode = "200", description = "`{\"failed\": n}`")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Failed failed() {
        return new Failed(rerun.failed());
    }

    /** {@code POST /api/admin/extractions/rerun[?document=ID]} → {@code {"queued": n}}. */
    @POST
    @Path("rerun")
    @Operation(summary = "Queue failed extractions again", description = "All of them, or one document's (after a fix or an upgrade).")
    @APIResponse(responseCode = "200", description = "`{\"queued\": n}`")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Queued rerunFailed(@Parameter(description = "only this document's failed extractions") @QueryParam("document") Long documentId) {
        return new Queued(rerun.rerunFailed(documentId));
    }
}
