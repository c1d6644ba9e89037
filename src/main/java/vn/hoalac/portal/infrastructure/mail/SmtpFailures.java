package vn.hoalac.portal.infrastructure.mail;

import jakarta.mail.internet.AddressException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a failure to send is permanent (never worth trying again: the server refused this mail's recipient, or the
 * address is not an address) or temporary (anything else, to be tried again with back-off until the mail is given up:
 * no connection, a timeout, a 4xx reply, and every refusal that is the server's or the portal's side rather than the
 * recipient's: authentication failed (535), TLS required (530), the sender refused (MAIL FROM), a policy or relay
 * refusal (5.7.x)). Treating those as the recipient's would mark every mail of a misconfigured or rotated account as
 * refused for good. Jakarta Mail puts the server's reply at the start of its exceptions' messages ("550 5.1.1 ..."),
 * the one of a refused recipient in a nested {@code SMTPAddressFailedException}.
 */
final class SmtpFailures {

    private static final Pattern REPLY = Pattern.compile("^\\s*([245])\\d\\d[ -]");
    /** Enhanced status codes (RFC 3463) that are the recipient's or this message's: bad mailbox (5.1.x), mailbox status (5.2.x), content (5.6.x). */
    private static final Pattern RECIPIENTS_OWN = Pattern.compile("^\\s*5\\d\\d[ -]5\\.[126]\\.\\d+");

    private SmtpFailures() {
    }

    static boolean permanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof AddressException) {
                return true; // raised while sending: a recipient's address that is not one (the sender's is built before)
            }
            if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof UnknownHostException) {
                return false;
            }
            String type = t.getClass().getSimpleName();
            if (type.equals("SMTPSenderFailedException") || type.equals("AuthenticationFailedException")) {
                return false; // the portal's account or sender address, not the recipient
            }
            Integer code = replyClass(t.getMessage());
            if (code != null && code == 4) {
                return false;
            }
            if (code != null && code == 5 && (type.equals("SMTPAddressFailedException") || RECIPIENTS_OWN.matcher(t.getMessage()).find())) {
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
