package vn.hoalac.portal.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** A part that is a child process: started with a command, ready when an URL answers 200, stopped with its descendants. */
abstract class ServerProcess implements StackPart {

    protected final StackConfig config;
    private final String name;
    private ManagedProcess process;
    private boolean startedBefore;

    ServerProcess(StackConfig config, String name) {
        this.config = config;
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    /** The command line (and its working directory) of one start; may prepare files first. */
    protected abstract Launch launch() throws IOException, InterruptedException;

    /** The URL that answers 200 once it is ready. */
    protected abstract String readyUrl();

    /** How long a start may take. */
    protected abstract Duration startTimeout();

    /** The address people and the portal use, for the log. */
    protected abstract String address();

    /** A command line: what runs, where, with which variables over {@link StackConfig#environment()}. */
    protected record Launch(List<String> command, java.nio.file.Path workDir, Map<String, String> env) {
    }

    @Override
    public synchronized void start() {
        if (process != null) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Launch launch = launch();
            process = ManagedProcess.start(name, launch.command(), launch.workDir(), environment(launch.env()), config.logDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + name, e);
        }
        PortalStack.log(name + " starting (pid " + process.pid() + ", log " + process.log() + ")");
    }

    /** The whole environment of a child: the stack's own, then the part's variables. */
    protected Map<String, String> environment(Map<String, String> own) {
        Map<String, String> env = new java.util.LinkedHashMap<>(config.environment());
        env.putAll(own);
        return env;
    }

    @Override
    public void awaitReady() {
        ManagedProcess current = running();
        try {
            current.awaitHttp(readyUrl(), s -> s == 200, startTimeout());
        } catch (IllegalStateException notReady) {
            if (!current.alive()) {
                throw notReady;
            }
            // alive but never ready: what its threads were doing tells why
            throw new IllegalStateException(notReady.getMessage() + ThreadDump.of(config, name, current.pid()), notReady);
        }
        PortalStack.log(label() + " ready " + (startedBefore ? "again " : "") + "at " + address());
        startedBefore = true;
    }

    @Override
    public boolean isReady() {
        ManagedProcess current = process;
        return current != null && current.answers(readyUrl(), s -> s == 200);
    }

    /** Stops it as a service is stopped (SIGTERM to it and its children, SIGKILL after 30 s). */
    @Override
    public synchronized void stop() {
        if (process != null) {
            process.close();
            process = null;
        }
    }

    /** Ends it at once with SIGKILL, as a crash or an out-of-memory kill would: nothing runs on its way out. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /**
     * When its process has ended by itself (killed, crashed, stopped by someone else), forgets it so that it can be
     * started again, and returns the exit code; empty while it runs or when it was never started or stopped here.
     */
    synchronized java.util.OptionalInt ended() {
        if (process == null || process.alive()) {
            return java.util.OptionalInt.empty();
        }
        int code = process.exitValue();
        process = null;
        return java.util.OptionalInt.of(code);
    }

    @Override
    public OptionalLong pid() {
        ManagedProcess current = process;
        return current == null ? OptionalLong.empty() : OptionalLong.of(current.pid());
    }

    /** The name in "… ready at" lines. */
    protected String label() {
        return name;
    }

    private synchronized ManagedProcess running() {
        if (process == null) {
            throw new IllegalStateException(name + " is not started");
        }
        return process;
    }
}
