package vn.hoalac.portal.application.mail;

import java.util.List;

/** Writes an e-mail in its recipient's language: subject, plain text and HTML, the link to the record, the unsubscribe link. */
public interface MailTexts {

    OutgoingMail compose(MailOutbox.Claimed mail, List<MailOutbox.Notice> notices, String unsubscribeToken);
}
