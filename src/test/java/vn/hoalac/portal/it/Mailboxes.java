package vn.hoalac.portal.it;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The embedded mail server's mailboxes, read over IMAP as any mail client would (login: the address, any password). */
public final class Mailboxes {

    /** One e-mail as a person reads it. */
    public record Mail(String messageId, String subject, String text, String html) {
    }

    private Mailboxes() {
    }

    public static List<Mail> inbox(String address) throws Exception {
        Properties p = new Properties();
        p.put("mail.imap.connectiontimeout", "5000");
        p.put("mail.imap.timeout", "10000");
        Store store = Session.getInstance(p).getStore("imap");
        store.connect("localhost", PortalStackExtension.config().imapPort(), address, "any password");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> mails = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                String text = null;
                String html = null;
                if (m.getContent() instanceof Multipart parts) {
                    for (int i = 0; i < parts.getCount(); i++) {
                        BodyPart part = parts.getBodyPart(i);
                        if (part.isMimeType("text/plain")) {
                            text = (String) part.getContent();
                        } else if (part.isMimeType("text/html")) {
                            html = (String) part.getContent();
                        }
                    }
                } else {
                    text = String.valueOf(m.getContent());
                }
                String[] ids = m.getHeader("Message-ID");
                mails.add(new Mail(ids == null ? null : ids[0], m.getSubject(), text, html));
            }
            inbox.close(false);
            return mails;
        } finally {
            store.close();
        }
    }
}
