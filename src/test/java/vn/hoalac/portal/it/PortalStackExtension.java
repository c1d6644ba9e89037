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

    /** The stack of this test run (for the tests that stop and restart services). */
    public static PortalStack stack() {
        if (running == null) {
            throw new IllegalStateException("the stack is not started: annotate the test with @ExtendWith(PortalStackExtension.class)");
        }
        return running;
    }

    public static StackConfig config() {
        return StackConfig.forTests();
    }
}
