package vn.hoalac.portal.interfaces.rest.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.application.audit.AuditExport;
import vn.hoalac.portal.application.audit.AuditLog;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.interfaces.rest.Downloads;
import vn.hoalac.portal.interfaces.rest.PageRequest;
import vn.hoalac.portal.interfaces.rest.Paged;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit trail (design/API.md, Audit): administrators and the committee. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditLog log;

    @Inject
    AuditExport exports;

    @Inject
    PeopleDirectory people;

    public record EventJson(long id, String at, String actor, String organization, String action, String entityType,
                            String entityId, String details, String hash, String previousHash, String actorName) {
    }

    public record VerificationJson(boolean intact, long checked, Long brokenEventId, String reason) {
    }

    @GET
    @Operation(summary = "The audit trail, newest first", description = "Administrators and the committee. Each event carries "
            + "its hash and the previous event's (a hash chain).")
    @APIResponse(responseCode = "200", description = "One page of events")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Paged<EventJson> find(@Parameter(description = "PLAN, DOCUMENT, AGREEMENT, PROPOSAL, ...") @QueryParam("entityType") String entityType,
                                 @Parameter(description = "the record's id") @QueryParam("entityId") String entityId,
                                 @Parameter(description = "user name") @QueryParam("actor") String actor,
                                 @Parameter(description = "e.g. PLAN_CREATED, ACCESS_DENIED") @QueryParam("action") String action,
                                 @Parameter(description = "first day, YYYY-MM-DD, Hanoi time") @QueryParam("from") String from,
                                 @Parameter(description = "last day, YYYY-MM-DD, Hanoi time") @QueryParam("to") String to,
                                 @Parameter(description = PageRequest.PAGE_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                                 @QueryParam("page") String page,
                                 @Parameter(description = "events per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
                                 @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 100, 1000);
        AuditLog.Filter filter = new AuditLog.Filter(entityType, entityId, actor, action, date(from, "from"), date(to, "to"));
        Page<AuditLog.Event> events = log.page(filter, request.first(), request.size());
        Map<String, Person> actors = people.findAll(events.items().stream().map(AuditLog.Event::actor).collect(Collectors.toSet()));
        return new Paged<>(events.total(), events.items().stream().map(e -> json(e, actors.get(e.actor()))).toList());
    }

    @GET
    @Path("verify")
    @Operation(summary = "Verify the hash chain", description = "Walks the whole trail and names the first event that was "
            + "altered, or that follows a removed one.")
    @APIResponse(responseCode = "200", description = "Whether the chain holds")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public VerificationJson verify() {
        AuditLog.Verification v = log.verify();
        return new VerificationJson(v.intact(), v.checked(), v.brokenEventId(), v.reason());
    }

    /**
     * The filter of an export, as query parameters (the same as the list's). Its parameters are documented on each
     * export method (the same six {@code @Parameter}s twice), not here on the fields: Payara 7.2025.1's OpenAPI scanner
     * (ApplicationProcessor.visitParameter) places a {@code @Parameter} only on a method or a method's parameter; one
     * on a field is visited without an operation (no path to match it to) and the scanner fails on it, as the first
     * try showed. Checked in the scanner's code for issue 17; move them here when Payara supports it.
     */
    public static class ExportFilter {
        @QueryParam("entityType") String entityType;
        @QueryParam("entityId") String entityId;
        @QueryParam("actor") String actor;
        @QueryParam("action") String action;
        @QueryParam("from") String from;
        @QueryParam("to") String to;
    }

    @GET
    @Path("export.csv")
    @Produces(AuditExport.CSV)
    @Operation(summary = "The filtered trail as CSV", description = "Every matching event, up to 100000 "
            + "(more is a 400 asking for a shorter period); cells that a spreadsheet would run as a formula are quoted.")
    @APIResponse(responseCode = "200", description = "A CSV attachment",
            content = @Content(mediaType = AuditExport.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Parameters({
            @Parameter(name = "entityType", in = ParameterIn.QUERY, description = "PLAN, DOCUMENT, AGREEMENT, PROPOSAL, ...", schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "entityId", in = ParameterIn.QUERY, description = "the record's id", schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "actor", in = ParameterIn.QUERY, description = "user name", schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "action", in = ParameterIn.QUERY, description = "e.g. PLAN_CREATED, ACCESS_DENIED", schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "first day, YYYY-MM-DD, Hanoi time",
                    schema = @Schema(type = SchemaType.STRING, format = "date")),
            @Parameter(name = "to", in = ParameterIn.QUERY, description = "last day, YYYY-MM-DD, Hanoi time",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))})
    public Response csv(@BeanParam ExportFilter filter) {
        return export(filter, "nhat-ky.csv", AuditExport.CSV, exports::csv);
    }

    @GET
    @Path("export.xlsx")
    @Produces(AuditExport.XLSX)
    @Operation(summary = "The filtered trail as a spreadsheet", description = "Every matching event, up to 100000 "
            + "(more is a 400 asking for a shorter period), text cells only.")
    @APIResponse(responseCode = "200", description = "An XLSX attachment",
            content = @Content(mediaType = AuditExport.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    // the same as export.csv's: see ExportFilter for why they cannot be written once on the bean
    @Parameters({
            @Parameter(name = "entityType", in = ParameterIn.QUERY, description = "PLAN, DOCUMENT, AGREEMENT, PROPOSAL, ...", schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "entityId", in = ParameterIn.QUERY, description = "the record's id", schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "actor", in = ParameterIn.QUERY, description = "user name", schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "action", in = ParameterIn.QUERY, description = "e.g. PLAN_CREATED, ACCESS_DENIED", schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "first day, YYYY-MM-DD, Hanoi time",
                    schema = @Schema(type = SchemaType.STRING, format = "date")),
            @Parameter(name = "to", in = ParameterIn.QUERY, description = "last day, YYYY-MM-DD, Hanoi time",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))})
    public Response xlsx(@BeanParam ExportFilter filter) {
        return export(filter, "nhat-ky.xlsx", AuditExport.XLSX, exports::xlsx);
    }

    private Response export(ExportFilter f, String filename, String type,
                            java.util.function.BiConsumer<List<AuditLog.Event>, java.io.OutputStream> writer) {
        List<AuditLog.Event> events = log.export(new AuditLog.Filter(f.entityType, f.entityId, f.actor, f.action,
                date(f.from, "from"), date(f.to, "to")));
        StreamingOutput body = out -> writer.accept(events, out);
        return Downloads.attachment(body, type, filename).build();
    }

    /** An event as stored, and the actor's name from the people directory (the user name when never seen). */
    static EventJson json(AuditLog.Event e, Person actor) {
        return new EventJson(e.id(), e.at().toString(), e.actor(), e.organization(), e.action(), e.entityType(), e.entityId(),
                e.details(), e.hash(), e.previousHash(), actor == null ? e.actor() : actor.name());
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid.date", new vn.hoalac.portal.application.Problem(field, "problem.dateFormat", value.strip()));
        }
    }
}
