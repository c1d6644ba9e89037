package vn.hoalac.portal.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.hoalac.portal.application.document.ExtractionRerun;

/** Administrators: how many extractions failed, and having them done again (all, or one document's). */
@Path("/admin/extractions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ExtractionsResource {

    @Inject
    ExtractionRerun rerun;

    public record Failed(long failed) {
    }

    public record Queued(int queued) {
    }

    @GET
    public Failed failed() {
        return new Failed(rerun.failed());
    }

    /** {@code POST /api/admin/extractions/rerun[?document=ID]} → {@code {"queued": n}}. */
    @POST
    @Path("rerun")
    public Queued rerunFailed(@QueryParam("document") Long documentId) {
        return new Queued(rerun.rerunFailed(documentId));
    }
}
