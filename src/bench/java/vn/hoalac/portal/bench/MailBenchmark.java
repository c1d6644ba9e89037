package vn.hoalac.portal.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.UUID;

/**
 * E-mails per second: the portal's outbox sender draining N mails written at once (as one event for N users writes
 * them) against a bare Jakarta Mail loop sending N mails over one connection to the same SMTP server (the anchor), in
 * the same run. Run against a running portal started with a rate cap that does not bind:
 * <pre>MAIL_RATE_PER_MINUTE=1000000 ./mvnw -Pstart
 * ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.MailBenchmark</pre>
 * System properties: mails (default 500), smtpPort (3025), db (jdbc:postgresql://localhost:5433/portal as portal/portal).
 */
public final class MailBenchmark {

    public static void main(String[] args) throws Exception {
        int mails = Integer.getInteger("mails", 500);
        int smtpPort = Integer.getInteger("smtpPort", 3025);
        String db = System.getProperty("db", "jdbc:postgresql://localhost:5433/portal");

        bare(smtpPort, 50); // warm-up
        portal(db, 50);
        double bare = bare(smtpPort, mails);
        double portal = portal(db, mails);
        double bareAgain = bare(smtpPort, mails);
        System.out.printf("""
                | path (%d mails, one SMTP server: the embedded GreenMail) | e-mails per second |
                | --- | --- |
                | bare Jakarta Mail loop, one connection (anchor, before / after) | %.0f / %.0f |
                | **portal: outbox rows committed → all SENT** | **%.0f** |

                portal / anchor: %.0f %%
                %n""", mails, bare, bareAgain, portal, 100 * portal / ((bare + bareAgain) / 2));
    }

    /** The anchor: the same kind of message (UTF-8 subject, plain text) sent in a loop over one connection. */
    static double bare(int port, int n) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "localhost");
        p.put("mail.smtp.port", String.valueOf(port));
        Session session = Session.getInstance(p);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long begin = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < n; i++) {
                MimeMessage m = new MimeMessage(session);
                m.setFrom(new InternetAddress("no-reply@hoalac.demo"));
                m.setRecipient(Message.RecipientType.TO, new InternetAddress("bench-bare-" + run + "-" + (i % 50) + "@hoalac.demo"));
                m.setSubject("[Cổng Hòa Lạc] Thư thử " + i, StandardCharsets.UTF_8.name());
                m.setText("Xin chào,\n\nThư thử số " + i + ".\n", StandardCharsets.UTF_8.name());
                m.saveChanges();
                transport.sendMessage(m, m.getAllRecipients());
            }
        }
        return n / ((System.nanoTime() - begin) / 1e9);
    }

    /** N notification + outbox rows committed at once; the time until the portal's sender marked all of them SENT. */
    static double portal(String db, int n) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(db, "portal", "portal")) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("""
                    WITH n AS (
                        INSERT INTO notification (recipient, kind, record_type, record_id, title, event_key, mail)
                        SELECT 'bench-' || ? || '-' || g, 'VERSION_SUBMITTED', 'PLAN', '1', 'Đề án thử tải thư',
                               'BENCH:' || ? || ':' || g, 'IMMEDIATE'
                        FROM generate_series(1, ?) g
                        RETURNING id, recipient)
                    INSERT INTO mail_outbox (recipient, address, locale, kind, notification_ids, idempotency_key)
                    SELECT recipient, recipient || '@hoalac.demo', 'vi', 'IMMEDIATE', ARRAY[id], 'bench|' || recipient FROM n""")) {
                s.setString(1, run);
                s.setString(2, run);
                s.setInt(3, n);
                s.executeUpdate();
            }
            long begin = System.nanoTime();
            c.commit();
            c.setAutoCommit(true);
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FILTER (WHERE state = 'SENT'), count(*) FILTER (WHERE state <> 'PENDING') "
                    + "FROM mail_outbox WHERE idempotency_key LIKE ?")) {
                s.setString(1, "bench|bench-" + run + "-%");
                while (true) {
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        if (rs.getLong(2) >= n) {
                            if (rs.getLong(1) < n) {
                                throw new IllegalStateException((n - rs.getLong(1)) + " mails were not sent");
                            }
                            return n / ((System.nanoTime() - begin) / 1e9);
                        }
                    }
                    Thread.sleep(20);
                }
            }
        }
    }
}
