package vn.hoalac.portal.infrastructure.mail;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.mail.MailTransport;
import vn.hoalac.portal.application.mail.OutgoingMail;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * {@link MailTransport} over SMTP with Jakarta Mail (Angus Mail, which Payara ships): SMTP_HOST, SMTP_PORT, SMTP_USER
 * and SMTP_PASSWORD (login when set), SMTP_FROM, SMTP_TLS ({@code none}, {@code starttls} or {@code ssl}); connecting
 * may take 10 s, each reply 30 s. One connection is kept open between mails: used again without a check (NOOP) while
 * it was used in the last {@link #FRESH_MILLIS}, checked after, and when a reused connection fails, the mail is tried
 * once more on a new one (the server may have closed it meanwhile) before the failure counts.
 */
@ApplicationScoped
public class JakartaMailTransport implements MailTransport {

    @Inject
    @ConfigProperty(name = "smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "smtp.port", defaultValue = "3025")
    int port;

    @Inject
    @ConfigProperty(name = "smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "smtp.from", defaultValue = "Cổng Hòa Lạc <no-reply@hoalac.demo>")
    String from;

    @Inject
    @ConfigProperty(name = "smtp.tls", defaultValue = "none")
    String tls;

    /** How long after its last mail a connection is used again without asking the server whether it is still there. */
    static final long FRESH_MILLIS = 5_000;

    private Session session;
    private Transport open;
    private long lastUsed;

    /** The session for these settings (also used by the benchmark's bare loop). */
    static Session session(String host, int port, Optional<String> user, String tls) {
        Properties p = new Properties();
        boolean ssl = "ssl".equals(tls.strip().toLowerCase(Locale.ROOT));
        String protocol = ssl ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host);
        p.put("mail." + protocol + ".port", String.valueOf(port));
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "30000");
        p.put("mail." + protocol + ".writetimeout", "30000");
        p.put("mail." + protocol + ".auth", String.valueOf(user.isPresent()));
        if ("starttls".equals(tls.strip().toLowerCase(Locale.ROOT))) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (ssl || p.containsKey("mail.smtp.starttls.enable")) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return Session.getInstance(p);
    }

    /** host:port, for the log. */
    public String server() {
        return host + ":" + port;
    }

    @Override
    public synchronized void send(OutgoingMail mail) throws MailFailure {
        MimeMessage message;
        try {
            new InternetAddress(mail.to(), true);
        } catch (AddressException notAnAddress) {
            throw new MailFailure(true, SmtpFailures.describe(notAnAddress), notAnAddress); // the recipient's: never valid
        }
        try {
            message = message(mail);
        } catch (MessagingException e) {
            // the portal's side (SMTP_FROM not an address, ...): tried again, and seen by administrators, until it is fixed
            throw new MailFailure(false, SmtpFailures.describe(e), e);
        }
        boolean reused = open != null;
        try {
            try {
                transport().sendMessage(message, message.getAllRecipients());
            } catch (MessagingException | IllegalStateException e) {
                if (!reused || SmtpFailures.permanent(e)) {
                    throw e;
                }
                close(); // the kept connection broke meanwhile: once more on a new one
                transport().sendMessage(message, message.getAllRecipients());
            }
            lastUsed = System.currentTimeMillis();
        } catch (MessagingException | IllegalStateException e) {
            boolean permanent = SmtpFailures.permanent(e);
            if (!permanent) {
                close(); // a broken connection: the next mail opens a fresh one
            }
            throw new MailFailure(permanent, SmtpFailures.describe(e), e);
        }
    }

    private Transport transport() throws MessagingException {
        if (session == null) {
            session = session(host, port, user, tls);
        }
        if (open != null && (System.currentTimeMillis() - lastUsed < FRESH_MILLIS || open.isConnected())) {
            return open;
        }
        close();
        Transport t = session.getTransport();
        if (user.isPresent()) {
            t.connect(host, port, user.get(), password.orElse(""));
        } else {
            t.connect();
        }
        open = t;
        return t;
    }

    MimeMessage message(OutgoingMail mail) throws MessagingException {
        if (session == null) {
            session = session(host, port, user, tls);
        }
        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"); // RFC 8058: a POST to the link unsubscribes
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        if (mail.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
        }
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    @PreDestroy
    synchronized void close() {
        if (open != null) {
            try {
                open.close();
            } catch (MessagingException e) {
                // closing a broken connection
            }
            open = null;
        }
    }

    /** A message whose Message-ID is the one given (Jakarta Mail would make up a random one). */
    static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
