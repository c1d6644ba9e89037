package vn.hoalac.portal.interfaces.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.List;

@Path("/me")
@RequestScoped
@Tag(name = "Identity")
public class MeResource {

    @Inject
    PortalUser currentUser;

    /** The caller as the portal sees them: {@code {"username", "name", "roles", "organization"}}. */
    public record Me(String username, String name, List<String> roles, String organization) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "The caller", description = "User name, display name, the portal's roles (none of Keycloak's own) and organization code.")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Me me() {
        return new Me(currentUser.username(), currentUser.displayName(),
                currentUser.sortedRoles().stream().map(Role::claim).toList(), currentUser.organizationCode());
    }
}
