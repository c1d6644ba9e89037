package vn.hoalac.portal.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoalac.portal.application.search.IndexStatus;
import vn.hoalac.portal.application.search.SearchIndexAdmin;

/** Administrators: the state of this instance's search index, and the command that rebuilds it from PostgreSQL. */
@Path("/admin/search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SearchIndexResource {

    @Inject
    SearchIndexAdmin admin;

    @GET
    public IndexStatus status() {
        return admin.status();
    }

    /** {@code POST /api/admin/search-index/rebuild} → 202 with the status (search answers from the old index meanwhile). */
    @POST
    @Path("rebuild")
    public Response rebuild() {
        return Response.accepted(admin.rebuild()).build();
    }
}
