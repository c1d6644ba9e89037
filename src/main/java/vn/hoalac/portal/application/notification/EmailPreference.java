package vn.hoalac.portal.application.notification;

/**
 * A user's choice of e-mail ({@code notification_preference}); {@link #DEFAULT} when they made none.
 *
 * @param urgentImmediate reminders and decisions ({@link NotificationKind#urgent()}) mailed at once even in DIGEST mode
 */
public record EmailPreference(EmailMode mode, boolean urgentImmediate) {

    /** No row: every notification mailed at once. */
    public static final EmailPreference DEFAULT = new EmailPreference(EmailMode.IMMEDIATE, true);

    public EmailPreference {
        mode = mode == null ? EmailMode.IMMEDIATE : mode;
    }

    /**
     * How a notification of this kind is mailed to someone with this choice and this address (null: none known):
     * NONE without an address or when they want none; DIGEST in digest mode unless it is urgent and they keep urgent
     * ones immediate; otherwise IMMEDIATE.
     */
    public EmailMode mailFor(NotificationKind kind, String address) {
        if (address == null || address.isBlank() || mode == EmailMode.NONE) {
            return EmailMode.NONE;
        }
        if (mode == EmailMode.DIGEST) {
            return kind.urgent() && urgentImmediate ? EmailMode.IMMEDIATE : EmailMode.DIGEST;
        }
        return EmailMode.IMMEDIATE;
    }
}
