package vn.hoalac.portal.stack;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import java.util.Map;

/**
 * The embedded mail server for development and the tests: GreenMail (Maven Central) in the stack's own JVM, SMTP for the
 * portal and IMAP for people and the tests, with authentication off: every address that received mail is a mailbox,
 * its login the address, any password. Mail is kept in memory while the stack runs, across {@link #stop()} and
 * {@link #start()} (an outage loses nothing already delivered). A recipient at {@value #REFUSED_DOMAIN} is refused
 * with a permanent 550, as a real server refuses an unknown mailbox. Not started when SMTP_HOST is set.
 */
final class MailServer implements StackPart {

    /** Recipients at this domain are refused (550), to try the portal's handling of a refused address. */
    static final String REFUSED_DOMAIN = "refused.invalid";

    private final StackConfig config;
    private final KeptMail mail;
    private boolean running;

    MailServer(StackConfig config) {
        this.config = config;
        mail = new KeptMail(new ServerSetup[] {
                new ServerSetup(config.smtpPort(), StackConfig.BIND_HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(config.imapPort(), StackConfig.BIND_HOST, ServerSetup.PROTOCOL_IMAP)});
        mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("SMTP_PORT", config.smtpPort(), "IMAP_PORT", config.imapPort());
    }

    @Override
    public synchronized void start() {
        if (running) {
            throw new IllegalStateException("the mail server is already running");
        }
        mail.start();
        running = true;
        PortalStack.log("mail server (GreenMail) starting: SMTP " + config.smtpPort() + ", IMAP " + config.imapPort());
    }

    @Override
    public void awaitReady() {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!isReady()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the mail server did not open its SMTP port " + config.smtpPort());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        PortalStack.log("mail server ready at smtp://localhost:" + config.smtpPort() + " and imap://localhost:" + config.imapPort());
    }

    @Override
    public boolean isReady() {
        if (!running) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(StackConfig.BIND_HOST, config.smtpPort()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Closes its ports; the mailboxes stay (in this JVM) for the next {@link #start()}. */
    @Override
    public synchronized void stop() {
        if (running) {
            mail.stop();
            running = false;
        }
    }

    /** GreenMail whose stop keeps the mailboxes, and whose SMTP refuses recipients at {@link #REFUSED_DOMAIN}. */
    private static final class KeptMail extends GreenMail {

        KeptMail(ServerSetup[] setups) {
            super(setups);
            managers = new RefusingManagers();
        }

        @Override
        public synchronized void stop() {
            services.values().forEach(service -> service.stopService());
            services.clear();
        }
    }

    private static final class RefusingManagers extends Managers {

        private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress rcpt) {
                if (rcpt.getHost() != null && rcpt.getHost().toLowerCase(Locale.ROOT).equals(REFUSED_DOMAIN)) {
                    return "550 5.1.1 <" + rcpt.getEmail() + ">: no such mailbox";
                }
                return super.checkRecipient(state, rcpt);
            }
        };

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }
}
