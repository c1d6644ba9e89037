package vn.hoalac.portal.infrastructure.mail;

import jakarta.mail.internet.AddressException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a failure to send is permanent (never worth trying again: the server refused the recipient or the message
 * with a 5xx reply, or the address is not an address) or temporary (no connection, a timeout, a 4xx reply, anything
 * else). Jakarta Mail puts the server's reply at the start of its exceptions' messages ("550 5.1.1 ..."), the one of
 * the recipient in a nested exception.
 */
final class SmtpFailures {

    private static final Pattern REPLY = Pattern.compile("^\\s*([245])\\d\\d[ -]");

    private SmtpFailures() {
    }

    static boolean permanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof UnknownHostException) {
                return false;
            }
            Integer code = replyClass(t.getMessage());
            if (code != null && code == 4) {
                return false;
            }
            if (code != null && code == 5) {
                return true;
            }
        }
        return false;
    }

    /** A sentence for the administrators' list: the server's reply when there is one, else what went wrong. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            Integer code = replyClass(t.getMessage());
            if (code != null && code != 2) {
                return t.getMessage().strip();
            }
        }
        Throwable root = failure;
        while (next(root) != null) {
            root = next(root);
        }
        String what = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return root == failure ? what : failure.getMessage() + " (" + what + ")";
    }

    private static Integer replyClass(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = REPLY.matcher(message);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof jakarta.mail.MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
