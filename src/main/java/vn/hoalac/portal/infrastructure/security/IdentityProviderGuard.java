package vn.hoalac.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import vn.hoalac.portal.infrastructure.config.PortalSettings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Before the browser is sent to Keycloak's login page, checks that Keycloak answers; if not, the user gets the
 * portal's "service unavailable" page instead of the browser's own connection error on a dead address.
 * The answer is cached for a few seconds so that a crowd of logins costs one probe.
 */
@ApplicationScoped
public class IdentityProviderGuard {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final long CACHE_NANOS = Duration.ofSeconds(5).toNanos();

    @Inject
    PortalSettings settings;

    private volatile long checkedAt;
    private volatile boolean reachable;

    /** Thrown instead of redirecting to an identity provider that does not answer. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String issuer) {
            super("the identity provider does not answer: " + issuer);
        }
    }

    boolean isReachable() {
        long now = System.nanoTime();
        if (checkedAt != 0 && now - checkedAt < CACHE_NANOS) {
            return reachable;
        }
        boolean answer;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getIssuer() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            answer = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            answer = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = false;
        }
        reachable = answer;
        checkedAt = now;
        return answer;
    }

    /** The message context whose redirects to Keycloak are checked first. */
    HttpMessageContext guard(HttpMessageContext context) {
        HttpServletResponse guarded = guard(context.getResponse());
        return new HttpMessageContextWrapper(context) {
            @Override
            public HttpServletResponse getResponse() {
                return guarded;
            }

            @Override
            public AuthenticationStatus redirect(String location) {
                try {
                    guarded.sendRedirect(location);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return AuthenticationStatus.SEND_CONTINUE;
            }
        };
    }

    HttpServletResponse guard(HttpServletResponse response) {
        String issuer = settings.getIssuer();
        return new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                if (location != null && location.startsWith(issuer) && !isReachable()) {
                    throw new Unreachable(issuer);
                }
                super.sendRedirect(location);
            }
        };
    }
}
