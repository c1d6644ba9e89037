package vn.hoalac.portal.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import vn.hoalac.portal.application.mail.MailLog;
import vn.hoalac.portal.application.mail.MailOutbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Administrators: the portal's e-mail, counted by state and listed, and the daily digest on demand. */
@Path("/admin/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Administration")
public class MailResource {

    @Inject
    MailLog log;

    public record MailJson(long id, String recipient, String address, String kind, String subject, String state, int attempts,
                           String lastError, Instant createdAt, Instant dueAt, Instant sentAt) {
    }

    public record MailList(Map<String, Long> counts, List<MailJson> items) {
    }

    public record Digests(int digests) {
    }

    @GET
    @Operation(summary = "The portal's e-mail", description = "How many mails are PENDING, SENT, FAILED (given up after the retries)"
            + " and REFUSED (the server refused the address), and the most recent ones, newest first.")
    @APIResponse(responseCode = "200", description = "`{\"counts\": {\"PENDING\": n, ...}, \"items\": [...]}`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public MailList list(@Parameter(description = "only this state: PENDING, SENT, FAILED or REFUSED") @QueryParam("state") String state,
                         @Parameter(description = "how many (1-500)") @QueryParam("limit") @DefaultValue("100") int limit) {
        List<MailJson> items = log.recent(state, limit).stream().map(MailResource::json).toList();
        return new MailList(log.counts(), items);
    }

    @POST
    @Path("digest")
    @Operation(summary = "Send a digest now", description = "A digest of its own for every user with notifications waiting for"
            + " one; the day's 07:00 digest is still written later, with what came after.")
    @APIResponse(responseCode = "200", description = "`{\"digests\": n}`")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Digests digest() {
        return new Digests(log.digestNow());
    }

    private static MailJson json(MailOutbox.Sent s) {
        return new MailJson(s.id(), s.recipient(), s.address(), s.kind(), s.subject(), s.state(), s.attempts(), s.lastError(),
                s.createdAt(), s.dueAt(), s.sentAt());
    }
}
