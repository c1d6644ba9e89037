package vn.hoalac.portal.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.cluster.ThisInstance;

/**
 * Which portal instance this is, as {@link ThisInstance} says (the one rule, shared with the cluster members' list):
 * its name ({@code PORTAL_INSTANCE_NAME}, {@code portal-i} when the launcher starts it) and its direct address
 * ({@code PORTAL_INSTANCE_URL}, not through the load balancer; by default the portal's own address).
 */
@ApplicationScoped
public class PortalInstance {

    @Inject
    ThisInstance instance;

    public String name() {
        return instance.name();
    }

    public String url() {
        return instance.address();
    }

    /** Says on an answer which instance served it (also on the answers the login mechanism writes before any filter). */
    public void stamp(jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader(PortalInstanceHeaderFilter.HEADER, name());
    }
}
