package vn.hoalac.portal.interfaces.rest.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.document.DocumentPage;
import vn.hoalac.portal.application.TextComparison;
import vn.hoalac.portal.application.document.Upload;
import vn.hoalac.portal.application.search.LibraryListing;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.DocumentVersion;
import vn.hoalac.portal.domain.model.document.Extraction;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.interfaces.rest.Downloads;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The documents API (design/API.md, Documents). Uploads are multipart, streamed from the container's disk buffer. */
@Path("/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DocumentsResource {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    DocumentLibrary library;

    @Inject
    LibraryListing listing;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    public DocumentJson.Page list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                                  @QueryParam("title") String title, @QueryParam("category") String category,
                                  @QueryParam("organization") String organization, @QueryParam("version") String version,
                                  @QueryParam("extraction") String extraction, @QueryParam("updated") String updated,
                                  @QueryParam("sizeClass") String sizeClass, @QueryParam("sort") String sort,
                                  @QueryParam("asc") @DefaultValue("false") boolean ascending) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidInputException("Tham số phân trang không hợp lệ", List.of("page >= 0", "1 <= size <= 200"));
        }
        DocumentPage result = listing.list(new LibraryListing.Filters(title, category, organization, version, extraction,
                updated, sizeClass), sort, ascending, page * size, size);
        return new DocumentJson.Page(result.total(), result.items().stream().map(DocumentJson::of).toList());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload() throws IOException {
        Part file = part("file").orElseThrow(() -> new InvalidInputException("Thiếu tệp", List.of("file: bắt buộc")));
        Visibility visibility = visibility(field("visibility"));
        List<String> tags = field("tags") == null ? List.of()
                : Arrays.stream(field("tags").split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        Document document;
        try (InputStream in = file.getInputStream()) {
            document = library.upload(new Upload(in, file.getSubmittedFileName(), file.getContentType(), field("title"),
                    field("description"), field("category"), tags, visibility));
        } finally {
            file.delete();
        }
        return Response.created(location(document.id())).entity(detail(document)).build();
    }

    @GET
    @Path("{id}")
    public DocumentJson.Detail get(@PathParam("id") long id) {
        // the extractions first, then the document: a file's own title is adopted in the commit that makes its
        // extraction DONE, so an answer that shows DONE also shows that title
        java.util.Map<String, java.util.Optional<vn.hoalac.portal.domain.model.document.Extraction>> extractions = new java.util.HashMap<>();
        library.read(id).versions().forEach(v -> extractions.put(v.sha256(), library.extraction(v)));
        return DocumentJson.of(library.read(id), v -> extractions.computeIfAbsent(v.sha256(), sha -> library.extraction(v)));
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addVersion(@PathParam("id") long id) throws IOException {
        Part file = part("file").orElseThrow(() -> new InvalidInputException("Thiếu tệp", List.of("file: bắt buộc")));
        Integer base = integer(field("baseVersion"), "baseVersion");
        DocumentVersion version;
        try (InputStream in = file.getInputStream()) {
            version = library.addVersion(id, in, file.getSubmittedFileName(), file.getContentType(), field("note"), base);
        } finally {
            file.delete();
        }
        return Response.created(versionLocation(id, version.number())).entity(detail(version.document())).build();
    }

    @POST
    @Path("{id}/versions/{n}/restore")
    public Response restore(@PathParam("id") long id, @PathParam("n") int number) {
        DocumentVersion version = library.restore(id, number, null);
        return Response.created(versionLocation(id, version.number())).entity(detail(version.document())).build();
    }

    @GET
    @Path("{id}/versions/{n}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id, @PathParam("n") int number) {
        DocumentVersion version = library.version(id, number);
        String type = library.extraction(version).map(Extraction::contentType).filter(t -> t != null && !t.isBlank())
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
        StreamingOutput bytes = out -> library.download(version, out);
        return Downloads.attachment(bytes, type, version.filename()).header("Content-Length", version.size()).build();
    }

    @GET
    @Path("{id}/versions/{n}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public Response text(@PathParam("id") long id, @PathParam("n") int number) {
        return Response.ok(library.text(id, number).getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN + ";charset=UTF-8").build();
    }

    @GET
    @Path("{id}/compare")
    public DocumentJson.Comparison compare(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidInputException("Cần hai phiên bản để so sánh", List.of("from: bắt buộc", "to: bắt buộc"));
        }
        TextComparison comparison = library.compare(id, from, to);
        return new DocumentJson.Comparison(from, to, comparison.unifiedDiff());
    }

    private DocumentJson.Detail detail(Document document) {
        return DocumentJson.of(document, library::extraction);
    }

    private URI location(long id) {
        return uriInfo.getBaseUriBuilder().path("documents").path(String.valueOf(id)).build();
    }

    private URI versionLocation(long id, int number) {
        return uriInfo.getBaseUriBuilder().path("documents").path(String.valueOf(id)).path("versions")
                .path(String.valueOf(number)).path("content").build();
    }

    private java.util.Optional<Part> part(String name) throws IOException {
        try {
            return java.util.Optional.ofNullable(request.getPart(name));
        } catch (ServletException e) {
            throw new InvalidInputException("Yêu cầu multipart không hợp lệ", List.of(String.valueOf(e.getMessage())));
        } catch (IllegalStateException e) {
            throw new vn.hoalac.portal.domain.model.document.ContentTooLargeException(library.maxBytes());
        }
    }

    private String field(String name) throws IOException {
        Part part = part(name).orElse(null);
        if (part == null || part.getSubmittedFileName() != null) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(64 * 1024);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Visibility visibility(String value) {
        if (value == null || value.isBlank()) {
            return Visibility.PORTAL;
        }
        try {
            return Visibility.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Phạm vi xem không hợp lệ", List.of("visibility: PORTAL hoặc ORGANIZATION"));
        }
    }

    private static Integer integer(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Số không hợp lệ", List.of(name + ": phải là số nguyên"));
        }
    }
}
