package vn.hoalac.portal.it.cluster;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.hoalac.portal.it.PortalStackExtension;
import vn.hoalac.portal.stack.PortalStack;
import vn.hoalac.portal.stack.StackConfig;

/**
 * Starts the cluster stack once for the cluster tests ({@link StackConfig#forClusterTests()}: two portal instances
 * behind nginx on 28080, instances 28081/28082, Keycloak 28180, PostgreSQL 25433, fresh data in target/it-cluster-data)
 * and stops it when the run ends. Failsafe's second execution (pom.xml, id {@code cluster-it}) runs these tests in
 * their own JVM after the first execution has stopped the normal stack; it sets {@code -Dit.stack=cluster}, so the
 * shared helpers ({@code Portal}, {@code Browser}, {@code HttpLogin}, {@code TestUsers} ...) address this stack
 * through {@link PortalStackExtension#config()}. Use it through {@link ClusterTest}.
 * <p>
 * Every cluster test class and test begins with every instance up: one that an earlier test killed or stopped and left
 * down is started here, before the next class's set-up and before each test ({@link #beforeEach}). A test restarts an
 * instance itself only when what it proves needs the restarted instance; otherwise it leaves that to the next test, and
 * the last test's instance is never restarted at all (a restart costs 40 s to 2.5 min on two cores).
 */
public class ClusterStackExtension implements BeforeAllCallback, BeforeEachCallback {

    private static final String KEY = ClusterStackExtension.class.getName();
    private static volatile PortalStack running;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!PortalStackExtension.clusterRun()) {
            throw new IllegalStateException("a cluster test runs in failsafe's cluster execution only (-Dit.stack=cluster, "
                    + "tag 'cluster'): run it with -Dit.test=NAME, the tag keeps it out of the normal run");
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, k -> {
                    running = PortalStack.start(StackConfig.forClusterTests());
                    PortalStackExtension.register(running);
                    return new RunningStack(running);
                }, RunningStack.class);
        everyInstanceUp(running); // a class's own set-up (@BeforeAll) meets the whole cluster too
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        everyInstanceUp(stack());
    }

    /**
     * Starts every instance that does not run, and stops and starts one that runs but is not ready (a start that timed
     * out in an earlier test, still held out of nginx).
     */
    private static void everyInstanceUp(PortalStack stack) {
        for (int i = 1; i <= stack.instances(); i++) {
            if (!stack.instanceRunning(i)) {
                stack.startInstance(i);
            } else if (!stack.instanceReady(i)) {
                stack.stopInstance(i);
                stack.startInstance(i);
            }
        }
    }

    /** Closed by JUnit when the root context closes, i.e. after the last test class. */
    record RunningStack(PortalStack stack) implements AutoCloseable {
        @Override
        public void close() {
            stack.close();
        }
    }

    /** The cluster stack of this run (instances, kill, restart). */
    public static PortalStack stack() {
        if (running == null) {
            throw new IllegalStateException("the cluster stack is not started: annotate the test with @ClusterTest");
        }
        return running;
    }

    public static StackConfig config() {
        return StackConfig.forClusterTests();
    }
}
