package vn.hoalac.portal.interfaces.rest.document;

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
import vn.hoalac.portal.application.search.PortalSearch;
import vn.hoalac.portal.application.search.SearchResult;
import vn.hoalac.portal.interfaces.rest.PageRequest;

/** {@code GET /api/search} (design/API.md, Search). */
@Path("/search")
@RequestScoped
@Tag(name = "Search")
public class SearchResource {

    @Inject
    PortalSearch search;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "Search everything the caller may read",
            description = "Ranked by relevance (or newest first), an exact `total` and exact facets over every match, snippets "
                    + "HTML-escaped with the matches in `<mark>`. The paged envelope with more: `facets`, `complete` (false "
                    + "while this instance's index is rebuilt), `totalIsLowerBound` (the query ran out of time) and `notice`. "
                    + "An empty `q` finds nothing (the library is `GET /api/documents`).")
    @APIResponse(responseCode = "200", description = "One page of hits")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public SearchResult search(
            @Parameter(description = "the query: words with or without diacritics, \"a phrase\", official numbers") @QueryParam("q") String q,
            @Parameter(description = "one kind of record", schema = @Schema(enumeration = {"DOCUMENT", "PLAN", "COMMENT", "AGREEMENT", "PROPOSAL", "OPINION"}))
            @QueryParam("type") String type,
            @Parameter(description = "facet: category") @QueryParam("category") String category,
            @Parameter(description = "facet: organization code") @QueryParam("organization") String organization,
            @Parameter(description = "facet: year") @QueryParam("year") Integer year,
            @Parameter(description = "facet: status") @QueryParam("status") String status,
            @Parameter(description = "order", schema = @Schema(enumeration = {"relevance", "newest"}, defaultValue = "relevance"))
            @QueryParam("sort") String sort,
            @Parameter(description = PageRequest.ENGINE_PAGE_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "hits per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20, 100, PageRequest.MAX_OFFSET);
        return search.search(q, type, category, organization, year, status, sort, request.page(), request.size());
    }
}
