package vn.hoalac.portal.application.notification;

import vn.hoalac.portal.application.mail.MailOutbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An outbox for the digest's tests: the notifications waiting per user, and the digests asked for. */
class FakeDigestOutbox implements MailOutbox {

    final Map<String, List<Waiting>> waiting = new LinkedHashMap<>();
    final List<String> written = new ArrayList<>();
    final List<String> digests = new ArrayList<>();

    @Override
    public List<String> undigestedRecipients() {
        return List.copyOf(waiting.keySet());
    }

    @Override
    public List<Waiting> undigested(String recipient) {
        return waiting.getOrDefault(recipient, List.of());
    }

    @Override
    public boolean writeDigest(String recipient, String digest, Collection<Long> withheld) {
        digests.add(digest);
        written.add(recipient + " withheld " + withheld);
        return true;
    }

    @Override
    public List<Claimed> claim(int max, int perMinute, Duration lease) {
        return List.of();
    }

    @Override
    public List<Notice> notices(List<Long> ids) {
        return List.of();
    }

    @Override
    public boolean handOver(Claimed mail, Duration lease) {
        return true;
    }

    @Override
    public void markSent(Claimed mail, String messageId, String subject) {
    }

    @Override
    public void retryLater(Claimed mail, Duration delay, String error, String subject) {
    }

    @Override
    public void release(Claimed mail, Duration delay) {
    }

    @Override
    public void markRefused(Claimed mail, String error, String subject) {
    }

    @Override
    public void markFailed(Claimed mail, String error, String subject) {
    }

    @Override
    public List<Sent> recent(String state, int limit) {
        return List.of();
    }

    @Override
    public Map<String, Long> counts() {
        return Map.of();
    }
}
