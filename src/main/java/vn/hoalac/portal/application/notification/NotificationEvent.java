package vn.hoalac.portal.application.notification;

import java.util.Map;
import java.util.Objects;

/**
 * Something that happened to a record, to be told to the people concerned ({@link Audience}). A use case publishes it
 * in the transaction of the change ({@code Notifications.publish}); the notifications and e-mails it causes exist
 * exactly when that change was committed.
 *
 * @param recordType the audit trail's entity type of the record it is about: PLAN, PLAN_VERSION, DOCUMENT, AGREEMENT,
 *                   PROPOSAL
 * @param recordId   the record's id as the audit trail writes it ({@code 12}, {@code 12/3} for version 3 of plan 12)
 * @param title      the record's title now, shown in the list and the e-mail's subject
 * @param actor      the user name of who caused it (never notified of their own act), null for the portal itself
 * @param eventKey   names this event once for all recipients; publishing the same key twice notifies nobody twice
 * @param args       details for the sentence (notice number, deadline, university codes), strings by name
 */
public record NotificationEvent(NotificationKind kind, String recordType, String recordId, String title, String actor,
                                String eventKey, Map<String, String> args) {

    public NotificationEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(eventKey, "eventKey");
        title = title == null ? "" : title;
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    /** An event whose key is its kind, record and a distinguishing part (a comment id, a day), e.g. COMMENT_ANSWERED:PLAN_VERSION:12/3:88. */
    public static NotificationEvent of(NotificationKind kind, String recordType, Object recordId, String title, String actor,
                                       String distinct, Map<String, String> args) {
        String id = String.valueOf(recordId);
        String key = kind + ":" + recordType + ":" + id + (distinct == null || distinct.isBlank() ? "" : ":" + distinct);
        return new NotificationEvent(kind, recordType, id, title, actor, key, args);
    }
}
