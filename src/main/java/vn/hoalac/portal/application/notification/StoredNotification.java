package vn.hoalac.portal.application.notification;

import java.time.OffsetDateTime;
import java.util.Map;

/** A notification as its recipient's inbox reads it ({@code notification}). */
public record StoredNotification(long id, String recipient, NotificationKind kind, String recordType, String recordId,
                                 String title, String actor, Map<String, String> args, OffsetDateTime createdAt,
                                 OffsetDateTime readAt, EmailMode mail) {

    public StoredNotification {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public boolean read() {
        return readAt != null;
    }
}
