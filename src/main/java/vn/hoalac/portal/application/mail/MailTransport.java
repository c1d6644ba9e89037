package vn.hoalac.portal.application.mail;

/**
 * Hands one composed e-mail to the mail server (the adapter speaks SMTP through Jakarta Mail). It tells a permanent
 * refusal (the server refused the recipient or the message: never worth trying again) from a temporary failure (the
 * server is down, slow, or answered 4xx: try again later).
 */
public interface MailTransport {

    /**
     * Sends it; returns once the server accepted it.
     *
     * @throws MailFailure when it was not accepted ({@link MailFailure#permanent()} says whether to try again)
     */
    void send(OutgoingMail mail) throws MailFailure;

    /** Why a mail was not accepted, in words for the administrators' page. */
    final class MailFailure extends Exception {

        private final boolean permanent;

        public MailFailure(boolean permanent, String reason, Throwable cause) {
            super(reason, cause);
            this.permanent = permanent;
        }

        /** True: the server refused for good (5xx, an address it rejects); false: try again later. */
        public boolean permanent() {
            return permanent;
        }
    }
}
