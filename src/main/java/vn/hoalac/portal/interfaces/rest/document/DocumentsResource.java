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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.application.document.DocumentPage;
import vn.hoalac.portal.application.TextComparison;
import vn.hoalac.portal.application.document.Upload;
import vn.hoalac.portal.application.search.LibraryListing;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.DocumentVersion;
import vn.hoalac.portal.domain.model.document.Extraction;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.interfaces.rest.ApiLanguage;
import vn.hoalac.portal.interfaces.rest.Downloads;
import vn.hoalac.portal.interfaces.rest.PageRequest;
import vn.hoalac.portal.interfaces.rest.Paged;

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
@Tag(name = "Documents")
public class DocumentsResource {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    DocumentLibrary library;

    @Inject
    PeopleDirectory people;

    @Inject
    LibraryListing listing;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The library: documents the caller may read",
            description = "The search engine with an empty query: filtered, sorted, with an exact total (docs/search.md).")
    @APIResponse(responseCode = "200", description = "One page of documents")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Paged<DocumentJson.Summary> list(
            @Parameter(description = PageRequest.ENGINE_PAGE_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "documents per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "words of the title, with or without diacritics") @QueryParam("title") String title,
            @Parameter(description = "category, exactly") @QueryParam("category") String category,
            @Parameter(description = "organization code (BQL, DHBK, DHQGHN, HVNN, BCD07)") @QueryParam("organization") String organization,
            @Parameter(description = "current version number (1, 2, ... or v2)") @QueryParam("version") String version,
            @Parameter(description = "extraction state of the current version", schema = @Schema(enumeration = {"PENDING", "PROCESSING", "DONE", "FAILED"}))
            @QueryParam("extraction") String extraction,
            @Parameter(description = "day, month or year of the last change: 15/03/2025, 03/2025, 2025 or 2025-03-15") @QueryParam("updated") String updated,
            @Parameter(description = "size of the current version", schema = @Schema(enumeration = {"lt100k", "100k-1m", "1m-10m", "gt10m"}))
            @QueryParam("sizeClass") String sizeClass,
            @Parameter(description = "sort field (default: last change)", schema = @Schema(enumeration = {"title", "category", "organization", "currentVersion", "size", "updatedAt"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "ascending order") @QueryParam("asc") @DefaultValue("false") boolean ascending) {
        PageRequest request = PageRequest.of(page, size, 20, 200, PageRequest.MAX_OFFSET);
        DocumentPage result = listing.list(new LibraryListing.Filters(title, category, organization, version, extraction,
                updated, sizeClass), sort, ascending, request.first(), request.size());
        return new Paged<>(result.total(), result.items().stream().map(DocumentJson::of).toList());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a document",
            description = "Streams the file to the content store (deduplicated by SHA-256) and queues its text extraction. "
                    + "The caller's organization owns the document.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = "file", properties = {
            @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary", description = "the file"),
            @SchemaProperty(name = "title", type = SchemaType.STRING, description = "default: the file's own title metadata or its name"),
            @SchemaProperty(name = "description", type = SchemaType.STRING),
            @SchemaProperty(name = "category", type = SchemaType.STRING),
            @SchemaProperty(name = "tags", type = SchemaType.STRING, description = "comma-separated"),
            @SchemaProperty(name = "visibility", type = SchemaType.STRING, enumeration = {"PORTAL", "ORGANIZATION"},
                    description = "default PORTAL")})))
    @APIResponse(responseCode = "201", description = "Stored; `Location` is the document",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = DocumentJson.Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response upload() throws IOException {
        Part file = part("file").orElseThrow(() -> new InvalidInputException("invalid.file", new Problem("file", "problem.fileRequired")));
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
    @Operation(summary = "A document with every version and its extraction")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DocumentJson.Detail get(@Parameter(description = "document id") @PathParam("id") long id) {
        // the extractions first, then the document: a file's own title is adopted in the commit that makes its
        // extraction DONE, so an answer that shows DONE also shows that title
        java.util.Map<String, java.util.Optional<vn.hoalac.portal.domain.model.document.Extraction>> extractions = new java.util.HashMap<>();
        library.read(id).versions().forEach(v -> extractions.put(v.sha256(), library.extraction(v)));
        return DocumentJson.of(library.read(id), v -> extractions.computeIfAbsent(v.sha256(), sha -> library.extraction(v)), people::nameOf,
                ApiLanguage.bundle(headers));
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a new version", description = "Refused with 409 when `baseVersion` is not the current version "
            + "(someone else uploaded one meanwhile). Members of the document's organization only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = "file", properties = {
            @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary"),
            @SchemaProperty(name = "note", type = SchemaType.STRING),
            @SchemaProperty(name = "baseVersion", type = SchemaType.INTEGER, description = "the version the new one replaces")})))
    @APIResponse(responseCode = "201", description = "Stored; `Location` is the new version's content",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = DocumentJson.Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response addVersion(@Parameter(description = "document id") @PathParam("id") long id) throws IOException {
        Part file = part("file").orElseThrow(() -> new InvalidInputException("invalid.file", new Problem("file", "problem.fileRequired")));
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
    @Operation(summary = "Restore a version", description = "Makes a new current version with the bytes of version n.")
    @APIResponse(responseCode = "201", description = "The new version; `Location` is its content",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = DocumentJson.Detail.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response restore(@Parameter(description = "document id") @PathParam("id") long id,
                            @Parameter(description = "version number") @PathParam("n") int number) {
        DocumentVersion version = library.restore(id, number, null);
        return Response.created(versionLocation(id, version.number())).entity(detail(version.document())).build();
    }

    @GET
    @Path("{id}/versions/{n}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The exact bytes of a version", description = "An attachment with a safe file name, never sniffed, sandboxed.")
    @APIResponse(responseCode = "200", description = "The bytes uploaded, with the type detected from them",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response content(@Parameter(description = "document id") @PathParam("id") long id,
                            @Parameter(description = "version number") @PathParam("n") int number) {
        DocumentVersion version = library.version(id, number);
        String type = library.extraction(version).map(Extraction::contentType).filter(t -> t != null && !t.isBlank())
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
        StreamingOutput bytes = out -> library.download(version, out);
        return Downloads.attachment(bytes, type, version.filename()).header("Content-Length", version.size()).build();
    }

    @GET
    @Path("{id}/versions/{n}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The extracted text of a version", description = "NFC-normalised; 409 while the extraction is not done.")
    @APIResponse(responseCode = "200", description = "The text", content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response text(@Parameter(description = "document id") @PathParam("id") long id,
                         @Parameter(description = "version number") @PathParam("n") int number) {
        return Response.ok(library.text(id, number).getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN + ";charset=UTF-8").build();
    }

    @GET
    @Path("{id}/compare")
    @Operation(summary = "Compare the texts of two versions", description = "A unified diff of the extracted texts.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public DocumentJson.Comparison compare(@Parameter(description = "document id") @PathParam("id") long id,
                                           @Parameter(description = "version number", required = true) @QueryParam("from") Integer from,
                                           @Parameter(description = "version number", required = true) @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidInputException("invalid.comparison", java.util.stream.Stream.of(from == null ? "from" : null, to == null ? "to" : null)
                    .filter(java.util.Objects::nonNull).map(f -> new vn.hoalac.portal.application.Problem(f, "problem.versionRequired")).toList());
        }
        TextComparison comparison = library.compare(id, from, to);
        return new DocumentJson.Comparison(from, to, comparison.unifiedDiff());
    }

    private DocumentJson.Detail detail(Document document) {
        return DocumentJson.of(document, library::extraction, people::nameOf, ApiLanguage.bundle(headers));
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
            throw new InvalidInputException("invalid.multipart");
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
            throw new InvalidInputException("invalid.document", new Problem("visibility", "problem.oneOfCodes", List.of(Visibility.values())));
        }
    }

    private static Integer integer(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid.number", new Problem(name, "problem.wholeNumber", value.strip()));
        }
    }
}
