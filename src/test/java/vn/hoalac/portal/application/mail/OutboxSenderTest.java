package vn.hoalac.portal.application.mail;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the sender does with each outcome: sent, refused (never again), server down (back-off, the batch waits), given up. */
class OutboxSenderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final FakeOutbox outbox = new FakeOutbox();
    private final FakeTransport transport = new FakeTransport();
    private final OutboxSender sender = new OutboxSender(outbox, transport,
            (mail, notices, token) -> new OutgoingMail(mail.address(), "S" + mail.id(), "T", null, "<" + mail.idempotencyKey() + ">", token),
            new FakePreferences(), RetryPolicy.DEFAULT, Duration.ofMinutes(10), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void sendsEachClaimedMailAndMarksItSentWithItsMessageId() {
        outbox.add(1, 1, NOW);
        outbox.add(2, 1, NOW);
        OutboxSender.Round round = sender.drainOnce(10, 600);
        assertThat(round.sent()).isEqualTo(2);
        assertThat(transport.sent).containsExactly("a1@x", "a2@x");
        assertThat(outbox.events).containsExactly("sent 1 <k1>", "sent 2 <k2>");
    }

    @Test
    void aRefusedAddressIsMarkedRefusedAndTheOthersStillGo() {
        outbox.add(1, 1, NOW);
        outbox.add(2, 1, NOW);
        transport.fail("a1@x", true);
        sender.drainOnce(10, 600);
        assertThat(outbox.events).containsExactly("refused 1", "sent 2 <k2>");
    }

    @Test
    void theServerDownPutsTheMailBackWithBackOffAndTheRestOfTheBatchWaitsUntried() {
        outbox.add(1, 3, NOW.minus(Duration.ofMinutes(5)));
        outbox.add(2, 1, NOW);
        outbox.add(3, 1, NOW);
        transport.fail("a1@x", false);
        OutboxSender.Round round = sender.drainOnce(10, 600);
        assertThat(round.serverDown()).isTrue();
        assertThat(transport.sent).isEmpty();
        assertThat(outbox.events).containsExactly("retry 1 PT2M", "release 2 PT2M", "release 3 PT2M");
    }

    @Test
    void aMailStillFailingADayAfterItWasWrittenIsGivenUp() {
        outbox.add(1, 40, NOW.minus(Duration.ofHours(25)));
        transport.fail("a1@x", false);
        sender.drainOnce(10, 600);
        assertThat(outbox.events).containsExactly("failed 1");
    }

    @Test
    void aMailWhoseClaimWasTakenOverIsNeitherSentNorMarkedByThisSender() {
        outbox.add(1, 1, NOW);
        outbox.add(2, 1, NOW);
        outbox.takenOver.add(1L);
        OutboxSender.Round round = sender.drainOnce(10, 600);
        assertThat(transport.sent).containsExactly("a2@x");
        assertThat(outbox.events).containsExactly("sent 2 <k2>");
        assertThat(round.sent()).isEqualTo(1);
    }

    @Test
    void passesTheBatchAndTheRateCapToTheClaim() {
        sender.drainOnce(7, 120);
        assertThat(outbox.claims).containsExactly("7/120");
    }

    private static final class FakeTransport implements MailTransport {
        final List<String> sent = new ArrayList<>();
        final Map<String, Boolean> failures = new LinkedHashMap<>();

        void fail(String address, boolean permanent) {
            failures.put(address, permanent);
        }

        @Override
        public void send(OutgoingMail mail) throws MailFailure {
            Boolean permanent = failures.get(mail.to());
            if (permanent != null) {
                throw new MailFailure(permanent, permanent ? "550 no such mailbox" : "Connection refused", null);
            }
            sent.add(mail.to());
        }
    }

    private static final class FakePreferences implements PreferenceStore {
        @Override
        public Optional<Preference> find(String username) {
            return Optional.empty();
        }

        @Override
        public void save(String username, Preference preference) {
        }

        @Override
        public String unsubscribeToken(String username) {
            return "token-" + username;
        }

        @Override
        public Optional<String> unsubscribe(String token) {
            return Optional.empty();
        }
    }

    private static final class FakeOutbox implements MailOutbox {
        final List<Claimed> due = new ArrayList<>();
        final List<String> events = new ArrayList<>();
        final List<String> claims = new ArrayList<>();
        final java.util.Set<Long> takenOver = new java.util.HashSet<>();

        void add(long id, int attempts, Instant created) {
            due.add(new Claimed(id, "u" + id, "a" + id + "@x", "vi", "IMMEDIATE", List.of(id), "k" + id, attempts, created, "t" + id));
        }

        @Override
        public List<Claimed> claim(int max, int perMinute, Duration lease) {
            claims.add(max + "/" + perMinute);
            List<Claimed> claimed = List.copyOf(due.subList(0, Math.min(max, due.size())));
            due.clear();
            return claimed;
        }

        @Override
        public List<Notice> notices(List<Long> ids) {
            return List.of();
        }

        @Override
        public boolean handOver(Claimed mail, Duration lease) {
            return !takenOver.contains(mail.id());
        }

        @Override
        public void markSent(Claimed mail, String messageId, String subject) {
            events.add("sent " + mail.id() + " " + messageId);
        }

        @Override
        public void retryLater(Claimed mail, Duration delay, String error, String subject) {
            events.add("retry " + mail.id() + " " + delay);
        }

        @Override
        public void release(Claimed mail, Duration delay) {
            events.add("release " + mail.id() + " " + delay);
        }

        @Override
        public void markRefused(Claimed mail, String error, String subject) {
            events.add("refused " + mail.id());
        }

        @Override
        public void markFailed(Claimed mail, String error, String subject) {
            events.add("failed " + mail.id());
        }

        @Override
        public List<Sent> recent(String state, int limit) {
            return List.of();
        }

        @Override
        public Map<String, Long> counts() {
            return Map.of();
        }

        @Override
        public List<String> undigestedRecipients() {
            return List.of();
        }

        @Override
        public List<Waiting> undigested(String recipient) {
            return List.of();
        }

        @Override
        public boolean writeDigest(String recipient, String digest, java.util.Collection<Long> withheld) {
            return false;
        }
    }
}
