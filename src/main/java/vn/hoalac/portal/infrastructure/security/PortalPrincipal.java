package vn.hoalac.portal.infrastructure.security;

import jakarta.security.enterprise.CallerPrincipal;

import java.io.Serial;

/** The caller of the REST API, with the profile claims of their access token. */
public class PortalPrincipal extends CallerPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final String email;
    private final String organization;

    public PortalPrincipal(String username, String displayName, String email, String organization) {
        super(username);
        this.displayName = displayName;
        this.email = email;
        this.organization = organization;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String organization() {
        return organization;
    }
}
