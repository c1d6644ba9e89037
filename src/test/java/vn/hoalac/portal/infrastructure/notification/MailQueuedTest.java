package vn.hoalac.portal.infrastructure.notification;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.enterprise.event.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.mail.MailQueued;
import vn.hoalac.portal.application.notification.Delivery;
import vn.hoalac.portal.application.notification.EmailMode;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.NotificationKind;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event that writes an immediate e-mail wakes the mail sender ({@link MailQueued}, observed after the commit), so the
 * mail leaves at once instead of at the sender's next poll; an event mailed only by digest, or published again, does not.
 */
class MailQueuedTest {

    private static EmbeddedPostgres pg;
    private final AtomicInteger fired = new AtomicInteger();
    @SuppressWarnings("unchecked")
    private final Event<MailQueued> event = (Event<MailQueued>) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Event.class}, (proxy, method, args) -> {
                if (method.getName().equals("fire") && args[0] instanceof MailQueued) {
                    fired.incrementAndGet();
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @BeforeAll
    static void database() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String v : List.of("V10__people.sql", "V12__notifications.sql", "V15__mail_outbox_subject.sql", "V17__mail_claim_token.sql")) {
                s.execute(Files.readString(Path.of("src/main/resources/db/migration/" + v)));
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    private static NotificationEvent submitted(String key) {
        return NotificationEvent.of(NotificationKind.VERSION_SUBMITTED, "PLAN_VERSION", key, "Đề án", "bql.soan", null, Map.of());
    }

    @Test
    void anImmediateMailWakesTheSenderOnceAndADigestOnlyEventOrARepeatDoesNot() {
        SqlNotificationStore store = new SqlNotificationStore(pg.getPostgresDatabase(), event);
        NotificationEvent first = submitted("1/1");
        store.write(first, List.of(new Delivery("dhbk.gopy", EmailMode.IMMEDIATE, "dhbk.gopy@hoalac.demo", "vi"),
                new Delivery("hvnn.gopy", EmailMode.IMMEDIATE, "hvnn.gopy@hoalac.demo", "en")));
        assertThat(fired).as("one wake-up for the event's mails").hasValue(1);

        store.write(first, List.of(new Delivery("dhbk.gopy", EmailMode.IMMEDIATE, "dhbk.gopy@hoalac.demo", "vi")));
        assertThat(fired).as("published again: nothing new to send").hasValue(1);

        store.write(submitted("1/2"), List.of(new Delivery("dhbk.gopy", EmailMode.DIGEST, "dhbk.gopy@hoalac.demo", "vi"),
                new Delivery("dhqg.gopy", EmailMode.IMMEDIATE, null, "vi")));
        assertThat(fired).as("a digest line or someone without an address: no mail now").hasValue(1);
    }
}
