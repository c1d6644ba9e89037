package vn.hoalac.portal.interfaces.rest.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.hoalac.portal.application.search.PortalSearch;
import vn.hoalac.portal.application.search.SearchResult;

/** {@code GET /api/search} (design/API.md, Search). */
@Path("/search")
@RequestScoped
public class SearchResource {

    @Inject
    PortalSearch search;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public SearchResult search(@QueryParam("q") String q, @QueryParam("type") String type,
                               @QueryParam("category") String category, @QueryParam("organization") String organization,
                               @QueryParam("year") Integer year, @QueryParam("status") String status,
                               @QueryParam("sort") String sort,
                               @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return search.search(q, type, category, organization, year, status, sort, page, size);
    }
}
