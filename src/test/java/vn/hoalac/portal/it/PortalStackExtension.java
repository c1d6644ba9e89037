package vn.hoalac.portal.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.hoalac.portal.stack.PortalStack;
import vn.hoalac.portal.stack.StackConfig;

/**
 * Starts the real stack once for the whole test run (the same code as the run command, on the test ports
 * 18080/18180 and fresh data in target/it-data) and stops it when the run ends.
 */
public class PortalStackExtension implements BeforeAllCallback {

    private static final String KEY = PortalStack.class.getName();
    private static volatile PortalStack running;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (clusterRun()) {
            throw new IllegalStateException("the cluster execution runs the cluster tests only; "
                    + context.getDisplayName() + " belongs to the normal run");
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, k -> {
                    running = PortalStack.start(StackConfig.forTests());
                    return new RunningStack(running);
                }, RunningStack.class);
    }

    /** Closed by JUnit when the root context closes, i.e. after the last test class. */
    record RunningStack(PortalStack stack) implements AutoCloseable {
        @Override
        public void close() {
            stack.close();
        }
    }

    /** Makes {@code stack} this run's stack (the cluster execution's {@code ClusterStackExtension} does, so helpers find it). */
    public static void register(PortalStack stack) {
        running = stack;
    }

    /** The stack of this test run (for the tests that stop and restart services). */
    public static PortalStack stack() {
        if (running == null) {
            throw new IllegalStateException("the stack is not started: annotate the test with @ExtendWith(PortalStackExtension.class)");
        }
        return running;
    }

    /**
     * The configuration of the stack this run tests: the normal one, or in failsafe's cluster execution
     * ({@code -Dit.stack=cluster}) the cluster stack's, so the shared helpers address whichever runs.
     */
    public static StackConfig config() {
        return clusterRun() ? StackConfig.forClusterTests() : StackConfig.forTests();
    }

    /** Whether this JVM is failsafe's cluster execution (pom.xml sets -Dit.stack=cluster there). */
    public static boolean clusterRun() {
        return "cluster".equals(System.getProperty("it.stack"));
    }
}
