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
    private final String locale;

    public PortalPrincipal(String username, String displayName, String email, String organization, String locale) {
        super(username);
        this.displayName = displayName;
        this.email = email;
        this.organization = organization;
        this.locale = locale;
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

    /** The {@code locale} claim (the language Keycloak knows for the user), or null. */
    public String locale() {
        return locale;
    }
}
