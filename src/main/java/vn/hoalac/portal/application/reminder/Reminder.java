package vn.hoalac.portal.application.reminder;

import vn.hoalac.portal.application.notification.Audience;
import vn.hoalac.portal.application.notification.NotificationEvent;

/**
 * A reminder due: the event to publish to its audience, once. {@code period} names it in {@code job_run} (the record
 * and which reminder, e.g. {@code 12/3:NEAR-3}), so a restart or a second instance never sends it twice.
 */
public record Reminder(String period, NotificationEvent event, Audience audience) {
}
