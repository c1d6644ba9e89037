package vn.hoalac.portal.stack;

import java.util.Map;
import java.util.OptionalLong;

/**
 * One service the stack starts (PostgreSQL, Keycloak, tika-server, the portal on Payara Micro, the demo data). A part
 * reads its settings from {@link StackConfig} only; {@link PortalStack} composes the parts, starts them, waits until
 * each is ready and stops them in reverse order. A new service (a mail server, a second portal instance behind a
 * proxy) is one more part.
 */
interface StackPart {

    /** The name in the stack's log lines, its log file and {@link PortalStack#pids()}. */
    String name();

    /** The ports it listens on, by the setting that chooses each (checked free before anything starts). */
    default Map<String, Integer> ports() {
        return Map.of();
    }

    /** Starts it; may return before it is ready (the parts start side by side). */
    void start();

    /** Waits until it is ready; fails early, with its log, when it dies meanwhile. */
    void awaitReady();

    /** Whether it answers now (one probe, no waiting). */
    boolean isReady();

    /** Stops it and everything it started; does nothing when it is not running. */
    void stop();

    /** The process id of what it runs, while it runs. */
    default OptionalLong pid() {
        return OptionalLong.empty();
    }
}
