package vn.hoalac.portal.interfaces.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.notification.Following;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.util.HashMap;
import java.util.Map;

/**
 * The follow/unfollow button beside a record page's title ({@code WEB-INF/includes/follow.xhtml}): shows whether the
 * caller follows the record (the people involved follow by default) and switches it. Only offered on a record the
 * caller may read ({@link Following} says a record they may not read does not exist).
 */
@Named
@RequestScoped
public class FollowButton {

    @Inject
    Following following;

    /** Per record of this request: whether the caller follows it, null when it cannot be followed by them. */
    private final Map<String, Boolean> states = new HashMap<>();

    /** Whether the button is shown: a record the caller may read and follow. */
    public boolean offered(String recordType, Object recordId) {
        return state(recordType, recordId) != null;
    }

    public boolean following(String recordType, Object recordId) {
        return Boolean.TRUE.equals(state(recordType, recordId));
    }

    public void toggle(String recordType, Object recordId) {
        String id = String.valueOf(recordId);
        boolean now = following(recordType, recordId);
        PageActions.attemptAndGet(() -> now ? following.unfollow(recordType, id) : following.follow(recordType, id))
                .ifPresent(state -> {
                    states.put(key(recordType, recordId), state);
                    PageActions.info(PageActions.text(state ? "follow.started" : "follow.stopped"), null);
                });
    }

    private Boolean state(String recordType, Object recordId) {
        if (recordType == null || recordId == null) {
            return null;
        }
        return states.computeIfAbsent(key(recordType, recordId), k -> {
            try {
                return following.follows(recordType, String.valueOf(recordId));
            } catch (NotFoundException cannotRead) {
                return null;
            }
        });
    }

    private static String key(String recordType, Object recordId) {
        return recordType + ":" + recordId;
    }
}
