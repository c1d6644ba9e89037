package vn.hoalac.portal.application.mail;

/**
 * Fired (a CDI event) by whoever writes {@code mail_outbox} rows, in the writing transaction (the notification store for
 * an event's immediate e-mails, the outbox for a digest): once it commits, the sender looks at once instead of at its
 * next poll, so an immediate e-mail leaves within about a second. Rolled back, it wakes nobody.
 */
public record MailQueued() {
}
