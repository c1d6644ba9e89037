package vn.hoalac.portal.infrastructure.http;

/** The portal's own response headers, named once for every package that writes or keeps them. */
public final class PortalHeaders {

    /** Which instance answered: {@code X-Portal-Instance: portal-i} (the cluster's PortalInstanceHeaderFilter). */
    public static final String INSTANCE = "X-Portal-Instance";

    private PortalHeaders() {
    }
}
