package vn.hoalac.portal.application.notification;

/** How a user wants their notifications by e-mail ({@code notification_preference.email_mode}). */
public enum EmailMode {
    /** One e-mail per notification, as it happens (the default). */
    IMMEDIATE,
    /** One e-mail a day at 07:00 Hanoi time listing everything since the last one, grouped by record. */
    DIGEST,
    /** No e-mail; the bell only. */
    NONE
}
