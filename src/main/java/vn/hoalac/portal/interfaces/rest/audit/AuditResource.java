package vn.hoalac.portal.interfaces.rest.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.audit.AuditExport;
import vn.hoalac.portal.application.audit.AuditLog;
import vn.hoalac.portal.interfaces.rest.Downloads;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The audit trail (design/API.md, Audit): administrators and the committee. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuditResource {

    @Inject
    AuditLog log;

    @Inject
    AuditExport exports;

    public record EventJson(long id, String at, String actor, String organization, String action, String entityType,
                            String entityId, String details, String hash, String previousHash) {
    }

    public record VerificationJson(boolean intact, long checked, Long brokenEventId, String reason) {
    }

    @GET
    public List<EventJson> find(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                                @QueryParam("actor") String actor, @QueryParam("action") String action,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("100") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new InvalidInputException("Tham số phân trang không hợp lệ", List.of("page >= 0", "1 <= size <= 1000"));
        }
        return log.find(new AuditLog.Filter(entityType, entityId, actor, action, date(from, "from"), date(to, "to")), page * size, size)
                .stream().map(AuditResource::json).toList();
    }

    @GET
    @Path("verify")
    public VerificationJson verify() {
        AuditLog.Verification v = log.verify();
        return new VerificationJson(v.intact(), v.checked(), v.brokenEventId(), v.reason());
    }

    /** The filter of an export, as query parameters (the same as the list's). */
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
    public Response csv(@BeanParam ExportFilter filter) {
        return export(filter, "nhat-ky.csv", AuditExport.CSV, exports::csv);
    }

    @GET
    @Path("export.xlsx")
    @Produces(AuditExport.XLSX)
    public Response xlsx(@BeanParam ExportFilter filter) {
        return export(filter, "nhat-ky.xlsx", AuditExport.XLSX, exports::xlsx);
    }

    private Response export(ExportFilter f, String filename, String type,
                            java.util.function.BiConsumer<List<AuditLog.Event>, java.io.OutputStream> writer) {
        List<AuditLog.Event> events = log.find(new AuditLog.Filter(f.entityType, f.entityId, f.actor, f.action,
                date(f.from, "from"), date(f.to, "to")), 0, 100_000);
        StreamingOutput body = out -> writer.accept(events, out);
        return Downloads.attachment(body, type, filename).build();
    }

    static EventJson json(AuditLog.Event e) {
        return new EventJson(e.id(), e.at().toString(), e.actor(), e.organization(), e.action(), e.entityType(), e.entityId(),
                e.details(), e.hash(), e.previousHash());
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Ngày không hợp lệ", List.of(field + ": dạng YYYY-MM-DD"));
        }
    }
}
