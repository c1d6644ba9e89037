package vn.hoalac.portal.infrastructure.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import java.util.logging.Logger;

/**
 * Whether this instance is shutting down. From the moment the JVM is asked to stop (SIGTERM: a rolling restart, the
 * stack's Ctrl-C) or the application is undeployed, its readiness check is DOWN and every request is answered 503
 * ({@link DrainingFilter}), so nginx sends GETs to another instance (proxy_next_upstream http_503) and takes this one
 * out, instead of users meeting half-stopped services.
 */
@ApplicationScoped
public class Draining {

    private static final Logger LOG = Logger.getLogger(Draining.class.getName());

    private volatile boolean draining;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::begin, "portal-draining"));
    }

    @PreDestroy
    void onUndeploy() {
        begin();
    }

    void begin() {
        if (!draining) {
            draining = true;
            LOG.info("shutting down: readiness DOWN, requests answered 503");
        }
    }

    public boolean draining() {
        return draining;
    }
}
