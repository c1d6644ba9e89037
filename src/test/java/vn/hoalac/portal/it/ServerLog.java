package vn.hoalac.portal.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The portal's own log of this test run, read for a failure message: when a test fails on a machine where only the
 * build's output is kept (CI), the errors the server logged while the test ran say why.
 */
final class ServerLog {

    private static final int MAX_CHARS = 6_000;

    private ServerLog() {
    }

    /** A mark to read from: now, on the server log's clock (the same machine's local time). */
    static LocalDateTime mark() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The SEVERE entries (with their stack traces) logged since the mark, the latest ones if there are many. */
    static String errorsSince(LocalDateTime mark) {
        Path log = PortalStackExtension.config().logDir().resolve("payara.log");
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no server log: " + e + ")";
        }
        StringBuilder errors = new StringBuilder();
        boolean inError = false;
        for (String line : lines) {
            LocalDateTime at = timestamp(line);
            if (at != null) {
                inError = !at.isBefore(mark) && line.substring(19).stripLeading().startsWith("SEVERE");
            }
            if (inError) {
                errors.append(line).append('\n');
            }
        }
        if (errors.isEmpty()) {
            return "(no SEVERE entry in the server log since " + mark + ")";
        }
        return errors.length() > MAX_CHARS ? "…" + errors.substring(errors.length() - MAX_CHARS) : errors.toString();
    }

    /** The time an entry starts with ("2026-11-26 14:14:37 SEVERE …"), or null on a continuation line. */
    private static LocalDateTime timestamp(String line) {
        if (line.length() < 20 || line.charAt(4) != '-' || line.charAt(10) != ' ') {
            return null;
        }
        try {
            return LocalDateTime.parse(line.substring(0, 19).replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
