package vn.hoalac.portal.application.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The e-mails to send ({@code mail_outbox}), written in the transaction of the change that causes them. Every method is
 * its own short transaction: no transaction stays open while a mail server is talked to. Any number of senders, in any
 * number of portal instances, share the work: a claimed mail is leased to its sender and comes back when it crashed.
 */
public interface MailOutbox {

    /**
     * A mail claimed for sending; {@code attempts} counts this attempt. {@code token} names this claim: every later
     * update of the mail by its sender carries it and changes nothing once another claim took the mail over.
     */
    record Claimed(long id, String recipient, String address, String locale, String kind, List<Long> notificationIds,
                   String idempotencyKey, int attempts, Instant createdAt, String token) {
    }

    /** A notification an e-mail tells of, with the actor's name as the directory knows it (null: the portal itself). */
    record Notice(long id, String kind, String recordType, String recordId, String title, String actorName,
                  Map<String, String> args, Instant createdAt) {
    }

    /** A notification waiting for its recipient's digest: which record it tells of. */
    record Waiting(long id, String recordType, String recordId) {
    }

    /** A line of the administrators' list. */
    record Sent(long id, String recipient, String address, String kind, String subject, String state, int attempts,
                String lastError, Instant createdAt, Instant dueAt, Instant sentAt) {
    }

    /**
     * Claims up to {@code max} due PENDING mails, oldest due first, with {@code FOR UPDATE SKIP LOCKED}, leasing each for
     * {@code lease} (its due time pushed that far; a sender that dies gives it back that way) under a new claim token,
     * and no more than {@code perMinute} minus the mails sent in the last minute, over every instance. A mail whose lease
     * ran out after it was {@linkplain #handOver handed to the server} is not claimed again: nobody knows whether the
     * server has it, so it is marked FAILED (visible to the administrators) rather than perhaps sent twice.
     */
    List<Claimed> claim(int max, int perMinute, Duration lease);

    /** The notifications of these ids, in the order given. */
    List<Notice> notices(List<Long> ids);

    /**
     * Just before the mail goes to the server: records that this claim hands it over now, and leases it for
     * {@code lease} from now. False when the claim is no longer the mail's (its lease ran out and another sender took
     * it): then it must not be sent.
     */
    boolean handOver(Claimed mail, Duration lease);

    /** The server accepted it: SENT, with the Message-ID and the subject it went with (only under the mail's claim). */
    void markSent(Claimed mail, String messageId, String subject);

    /** Tries again after {@code delay}, the failure noted (only under the mail's claim). */
    void retryLater(Claimed mail, Duration delay, String error, String subject);

    /** Gives a claimed mail back untried (the attempt it was claimed with not counted), due after {@code delay}. */
    void release(Claimed mail, Duration delay);

    /** The server refused it for good: never tried again (only under the mail's claim). */
    void markRefused(Claimed mail, String error, String subject);

    /** Given up after the retries (FAILED; only under the mail's claim). */
    void markFailed(Claimed mail, String error, String subject);

    /** The most recent mails, newest first; {@code state} null for every state. */
    List<Sent> recent(String state, int limit);

    /** How many mails are in each state (PENDING, SENT, FAILED, REFUSED), every state named. */
    Map<String, Long> counts();

    /** The users who have notifications waiting for their digest. */
    List<String> undigestedRecipients();

    /** The notifications waiting for this user's digest, oldest first. */
    List<Waiting> undigested(String recipient);

    /**
     * Writes the digest {@code digest} for one user (a Hanoi day {@code yyyy-mm-dd} for the daily one, that day followed
     * by {@code @} and what makes it unique for one on demand; its mail's key is {@code digest|<user>|<digest>}), in one transaction: one DIGEST mail carrying every notification
     * waiting for a digest but the {@code withheld} ones, each marked as carried by it, and the user's last digest time.
     * The withheld ones (the user may no longer read their record) are mailed never ({@code mail = NONE}); they stay in
     * the bell's list as they were. Does nothing when another sender does it at the same moment, when there is nothing
     * waiting, or when that digest exists already.
     *
     * @return whether a digest was written
     */
    boolean writeDigest(String recipient, String digest, Collection<Long> withheld);
}
