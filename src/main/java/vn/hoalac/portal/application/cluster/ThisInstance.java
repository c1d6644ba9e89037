package vn.hoalac.portal.application.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * This portal instance: its name in the cluster (MicroProfile Config {@code portal.instance.name}, environment
 * {@code PORTAL_INSTANCE_NAME}; by default the host name and the port of {@code PORTAL_BASE_URL}), its direct address
 * ({@code portal.instance.url}, {@code PORTAL_INSTANCE_URL}; by default {@code PORTAL_BASE_URL}), and when it started.
 */
@ApplicationScoped
public class ThisInstance {

    @Inject
    @ConfigProperty(name = "portal.instance.name")
    Optional<String> configuredName;

    @Inject
    @ConfigProperty(name = "portal.instance.url")
    Optional<String> configuredUrl;

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    private final Instant startedAt = Instant.now();

    public String name() {
        return configuredName.map(String::strip).filter(n -> !n.isEmpty()).orElseGet(() -> defaultName(host(), baseUrl));
    }

    public String address() {
        return configuredUrl.map(String::strip).filter(u -> !u.isEmpty()).orElse(baseUrl);
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** {@code host:port}, the port that of the base URL (its scheme's default when it has none). */
    static String defaultName(String host, String baseUrl) {
        int port = -1;
        try {
            URI uri = URI.create(baseUrl);
            port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        } catch (IllegalArgumentException e) {
            // not a URL: the host alone
        }
        return port > 0 ? host + ":" + port : host;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
