package vn.hoalac.portal.application.mail;

/**
 * Fired (a CDI event) by whoever writes {@code mail_outbox} rows, in the writing transaction: once it commits, the
 * sender looks at once instead of at its next poll. Optional: without it mails leave within the poll interval.
 */
public record MailQueued() {
}
