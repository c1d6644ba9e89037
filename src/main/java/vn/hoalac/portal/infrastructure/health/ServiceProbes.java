package vn.hoalac.portal.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.ServiceChecks;
import vn.hoalac.portal.infrastructure.config.PortalSettings;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The probes behind the readiness checks and the administrators' health page. */
@ApplicationScoped
public class ServiceProbes implements ServiceChecks {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    PortalSettings settings;

    @Override
    public List<Check> all() {
        return List.of(database(), keycloak(), tika());
    }

    Check database() {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return new Check("database", connection.isValid(2), url.contains("?") ? url.substring(0, url.indexOf('?')) : url);
        } catch (SQLException e) {
            return new Check("database", false, String.valueOf(e.getMessage()));
        }
    }

    Check keycloak() {
        return HttpProbe.check("keycloak", settings.getIssuer() + "/.well-known/openid-configuration");
    }

    Check tika() {
        return HttpProbe.check("tika-server", settings.getTikaUrl() + "/version");
    }
}
