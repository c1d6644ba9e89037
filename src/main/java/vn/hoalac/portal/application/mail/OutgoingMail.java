package vn.hoalac.portal.application.mail;

import java.util.Objects;

/**
 * One e-mail as it leaves: to one address, a subject, a plain-text and an HTML body saying the same, its Message-ID
 * (derived from the outbox row's idempotency key, so a copy sent again after a crash is recognisably the same mail) and
 * the unsubscribe link (also sent as a List-Unsubscribe header).
 */
public record OutgoingMail(String to, String subject, String text, String html, String messageId, String unsubscribeUrl) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(messageId, "messageId");
    }
}
