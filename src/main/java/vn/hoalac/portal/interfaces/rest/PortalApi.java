package vn.hoalac.portal.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API (contract in design/API.md); every call needs a bearer access token of the realm. */
@ApplicationPath("/api")
public class PortalApi extends Application {
}
