package vn.hoalac.portal.interfaces.rest.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.notification.Inbox;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;
import vn.hoalac.portal.interfaces.rest.ApiLanguage;
import vn.hoalac.portal.interfaces.rest.JsonValues;
import vn.hoalac.portal.interfaces.rest.PageRequest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The caller's own notifications (issue 14): the list behind the bell and marking them read. */
@Path("/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationsResource {

    @Inject
    Inbox inbox;

    @Context
    HttpHeaders headers;

    /**
     * One notification: {@code text} is its sentence in the caller's language (Accept-Language), {@code url} its
     * record's page below the portal's address, {@code actor} a user name (null for the portal itself).
     */
    public record NotificationOut(long id, String kind, String recordType, String recordId, String title, String actor,
                                  String actorName, OffsetDateTime at, boolean read, String url, String text) {
    }

    /** A page of the caller's notifications: {@code total} of the filtered list, {@code unread} of all theirs. */
    public record NotificationsOut(long total, long unread, List<NotificationOut> items) {
    }

    /** {@code {"ids": [...]}} marks those read, {@code {"all": true}} every one. */
    public record ReadInput(List<Long> ids, Boolean all) {
    }

    /** How many were unread and are read now, and how many stay unread. */
    public record ReadOut(int marked, long unread) {
    }

    @GET
    @Operation(summary = "The caller's notifications", description = "Newest first; kept 180 days. `unread=true` lists the "
            + "unread ones only, `kind` one kind. `unread` counts all the caller's unread notifications, whatever the filter.")
    @APIResponse(responseCode = "200", description = "One page of the caller's notifications")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public NotificationsOut list(
            @Parameter(description = "`true`: only the unread ones", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("unread") String unread,
            @Parameter(description = "only this kind (VERSION_SUBMITTED, COMMENT_ANSWERED, ...)", schema = @Schema(type = SchemaType.STRING))
            @QueryParam("kind") String kind,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "notifications per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("size") String size) {
        boolean unreadOnly = flag(unread);
        NotificationKind only = JsonValues.enumValue(NotificationKind.class, kind, "kind");
        PageRequest request = PageRequest.of(page, size, 20, Inbox.MAX_PAGE);
        Inbox.InboxPage found = inbox.list(unreadOnly, only, request.first(), request.size());
        ResourceBundle bundle = ApiLanguage.bundle(headers);
        return new NotificationsOut(found.total(), found.unread(), found.items().stream().map(i -> new NotificationOut(
                i.notification().id(), i.notification().kind().name(), i.notification().recordType(), i.notification().recordId(),
                i.notification().title(), i.notification().actor(), i.actorName(), i.notification().createdAt(),
                i.notification().read(), i.href(), RuleMessages.text(bundle, i.sentence()))).toList());
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark notifications read", description = "`{\"ids\": [...]}` marks those of the caller's notifications "
            + "read (ids of anyone else's are ignored), `{\"all\": true}` every one of them.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "How many were marked, and how many stay unread")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public ReadOut read(ReadInput input) {
        if (input == null) {
            throw new InvalidInputException("invalid.noBody");
        }
        boolean all = Boolean.TRUE.equals(input.all());
        if (!all && (input.ids() == null || input.ids().isEmpty())) {
            throw new InvalidInputException("invalid.value", new Problem("ids", "problem.idsOrAll"));
        }
        if (input.ids() != null && input.ids().size() > 1_000) {
            throw new InvalidInputException("invalid.value", new Problem("ids", "problem.tooManyIds", 1_000));
        }
        int marked = all ? inbox.markAllRead() : inbox.markRead(input.ids());
        return new ReadOut(marked, inbox.unread());
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("invalid.value", new Problem("unread", "problem.trueOrFalse", value.strip()));
        };
    }
}
