package vn.hoalac.portal.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which portal instance this is: its name ({@code PORTAL_INSTANCE_NAME}, {@code portal-i} when the launcher starts it;
 * {@code portal-1} for a portal started alone) and its direct address ({@code PORTAL_INSTANCE_URL}, not through the
 * load balancer; by default the portal's own address).
 */
@ApplicationScoped
public class PortalInstance {

    @Inject
    @ConfigProperty(name = "portal.instance.name", defaultValue = "portal-1")
    String name;

    @Inject
    @ConfigProperty(name = "portal.instance.url", defaultValue = "http://localhost:8080")
    String url;

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    /** Says on an answer which instance served it (also on the answers the login mechanism writes before any filter). */
    public void stamp(jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader(PortalInstanceHeaderFilter.HEADER, name);
    }
}
