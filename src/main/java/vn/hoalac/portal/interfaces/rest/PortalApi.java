package vn.hoalac.portal.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/**
 * The REST API (contract in design/API.md); every call needs a bearer access token of the realm. Jersey's generated
 * WADL description ({@code /api/application.wadl}) is switched off: the API is described by its documentation, not
 * by a listing any caller could fetch.
 */
@ApplicationPath("/api")
public class PortalApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
