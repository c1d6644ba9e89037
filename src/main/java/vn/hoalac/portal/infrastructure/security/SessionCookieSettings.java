package vn.hoalac.portal.infrastructure.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Logger;

/**
 * The session cookie's Secure flag. The container adds it by itself when a session starts over HTTPS to Payara; behind
 * a proxy that ends TLS, Payara only sees HTTP, so the operator says so with SESSION_COOKIE_SECURE=true (web.xml keeps
 * HttpOnly and SameSite=Lax). With it, the security headers also carry Strict-Transport-Security.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

    /** Whether the portal is served over HTTPS by a proxy in front of it (SESSION_COOKIE_SECURE). */
    static boolean behindHttps() {
        return ConfigProvider.getConfig().getOptionalValue("session.cookie.secure", Boolean.class).orElse(false);
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (behindHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("Session cookies are marked Secure (SESSION_COOKIE_SECURE=true)");
        }
    }
}
