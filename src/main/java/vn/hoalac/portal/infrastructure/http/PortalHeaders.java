package vn.hoalac.portal.infrastructure.http;

/**
 * The portal's own response headers, named once for every package that writes or keeps them. (An error page's kind for
 * the page's scripts, {@code X-Portal-Error}, is {@code interfaces.web.error.ErrorPage.KIND_HEADER}: the interfaces
 * layer does not use infrastructure.)
 */
public final class PortalHeaders {

    /** Which instance answered: {@code X-Portal-Instance: portal-i} (the cluster's PortalInstanceHeaderFilter). */
    public static final String INSTANCE = "X-Portal-Instance";

    private PortalHeaders() {
    }
}
