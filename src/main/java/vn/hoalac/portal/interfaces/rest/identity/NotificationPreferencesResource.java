package vn.hoalac.portal.interfaces.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.mail.NotificationPreferences;

/**
 * The caller's e-mail choice: {@code GET}/{@code PUT /api/me/notification-preferences} →
 * {@code {"emailMode": "IMMEDIATE|DIGEST|NONE", "urgentImmediate": true, "email": "..."}} (the address is the identity
 * provider's, read-only); and turning e-mail off with the token of an e-mail's unsubscribe link.
 */
@Path("/")
@RequestScoped
@Tag(name = "Identity")
public class NotificationPreferencesResource {

    @Inject
    NotificationPreferences preferences;

    /** The caller's choice; {@code email} null: the identity provider has no address, in-app notifications only. */
    public record PreferencesJson(String emailMode, Boolean urgentImmediate, String email) {
    }

    public record UnsubscribeJson(String token) {
    }

    public record Unsubscribed(String username, String emailMode) {
    }

    @GET
    @Path("me/notification-preferences")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "The caller's e-mail choice", description = "`emailMode`: IMMEDIATE (the default), DIGEST (one e-mail a day at"
            + " 07:00 Hanoi time) or NONE; `urgentImmediate`: reminders and decisions mailed at once even in DIGEST mode;"
            + " `email`: the address, from the identity provider (read-only; null: no e-mail at all).")
    @APIResponse(responseCode = "200", description = "`{\"emailMode\", \"urgentImmediate\", \"email\"}`")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public PreferencesJson get() {
        return json(preferences.mine());
    }

    @PUT
    @Path("me/notification-preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "Change the caller's e-mail choice", description = "`emailMode` is required; `urgentImmediate` is kept when"
            + " left out; `email` is ignored (it is the identity provider's). Applies to notifications from now on.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The choice as stored")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public PreferencesJson put(PreferencesJson input) {
        if (input == null) {
            throw new InvalidInputException("invalid.noBody");
        }
        return json(preferences.change(input.emailMode(), input.urgentImmediate()));
    }

    @POST
    @Path("notification-preferences/unsubscribe")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "Unsubscribe by the token of an e-mail's link", description = "Turns e-mail off (NONE) for the token's owner,"
            + " whoever calls (the link's token is the authority); the unsubscribe page of the e-mails' links does the same.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "`{\"username\", \"emailMode\": \"NONE\"}`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Unsubscribed unsubscribe(UnsubscribeJson input) {
        if (input == null) {
            throw new InvalidInputException("invalid.noBody");
        }
        return new Unsubscribed(preferences.unsubscribe(input.token()), "NONE");
    }

    private static PreferencesJson json(NotificationPreferences.View v) {
        return new PreferencesJson(v.emailMode().name(), v.urgentImmediate(), v.email());
    }
}
