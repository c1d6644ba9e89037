package vn.hoalac.portal.application.reminder;

import vn.hoalac.portal.application.notification.Audience;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.function.Predicate;

/**
 * A reminder due: the event to publish to its audience, once. {@code period} names it in {@code job_run} (the record
 * and which reminder, e.g. {@code 12/3:NEAR-3}), so a restart or a second instance never sends it twice. A reminder
 * is for its audience only ({@code meantFor}): the record's followers who are not in it (the park following a plan, a
 * university that has commented) are not reminded.
 */
public record Reminder(String period, NotificationEvent event, Audience audience, Predicate<PortalUser> meantFor) {
}
