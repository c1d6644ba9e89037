package vn.hoalac.portal.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoalac.portal.infrastructure.config.PortalSettings;

import java.io.IOException;
import java.net.URI;

/**
 * Security headers on every answer: no framing by other sites, no MIME sniffing, no referrer to other sites, and a
 * Content-Security-Policy that allows only the portal's own scripts, styles and images, forms posting to the portal or
 * to Keycloak (logout), and no plugins, and no eval. Faces pages get a second policy from PrimeFaces' CSP mode
 * (web.xml, {@code primefaces.CSP}): {@code script-src 'self' 'nonce-…'}. A browser enforces both, so on those pages an
 * inline script runs only with the view's nonce and no inline event handler runs at all; this header's
 * {@code 'unsafe-inline'} only stops it from blocking the nonce'd scripts (a policy with a nonce ignores it). See
 * docs/security.md.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    PortalSettings settings;

    private String policy;
    private final boolean behindHttps = SessionCookieSettings.behindHttps();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Content-Security-Policy", policy());
        if (request.isSecure() || behindHttps) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }

    private String policy() {
        if (policy == null) {
            String keycloak = "";
            try {
                URI issuer = URI.create(settings.getIssuer());
                keycloak = " " + issuer.getScheme() + "://" + issuer.getAuthority();
            } catch (RuntimeException e) {
                // no issuer configured: forms post to the portal only
            }
            policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'" + keycloak;
        }
        return policy;
    }
}
