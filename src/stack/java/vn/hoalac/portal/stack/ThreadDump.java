package vn.hoalac.portal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The threads of a server that is alive but did not become ready: printed by the JDK's {@code jcmd <pid> Thread.print}
 * into the stack's log folder, and the request threads that are not waiting for work summed up for the failure's
 * message (once a restarted instance answered no /health/ready for five minutes while its jobs went on).
 */
final class ThreadDump {

    /** Request threads shown in the summary, and frames shown of each. */
    private static final int THREADS = 4;
    private static final int FRAMES = 10;

    private ThreadDump() {
    }

    /** Dumps the threads of the JVM {@code pid} next to the logs; returns the summary to append to a message. */
    static String of(StackConfig config, String name, long pid) {
        Path jcmd = config.java().resolveSibling("jcmd");
        Path file = config.logDir().resolve(name + "-threads-" + System.currentTimeMillis() + ".txt");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start();
            if (!dump.waitFor(30, TimeUnit.SECONDS)) {
                dump.destroyForcibly();
                return "\n(" + jcmd + " did not print the threads of " + name + " within 30 s)";
            }
            return "\n--- the threads of " + name + " (all of them in " + file + ") ---" + busyRequestThreads(Files.readString(file));
        } catch (IOException e) {
            return "\n(no thread dump of " + name + ": " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The request threads (Grizzly's {@code http-thread-pool}) that are not waiting for work, with their first frames. */
    static String busyRequestThreads(String dump) {
        StringBuilder out = new StringBuilder();
        int busy = 0;
        for (String block : dump.split("\\R\\R")) {
            if (!block.startsWith("\"http-thread-pool") || block.contains("LinkedTransferQueue")) {
                continue;
            }
            if (++busy <= THREADS) {
                out.append('\n').append(block.lines().limit(FRAMES).collect(Collectors.joining("\n")));
            }
        }
        return "\n" + busy + " request thread(s) busy" + out;
    }
}
