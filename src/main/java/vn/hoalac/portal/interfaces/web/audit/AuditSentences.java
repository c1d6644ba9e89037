package vn.hoalac.portal.interfaces.web.audit;

import vn.hoalac.portal.application.audit.AuditLog;
import vn.hoalac.portal.domain.model.identity.Person;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An audit event as a sentence in the page's language: the pattern {@code audit.sentence.ACTION} of the bundle, with
 * {0} who ("Nguyễn Văn Soạn (BQL)", or "the system"), {1} the record's label (DA-HOALAC-2030, a document's title; its
 * id when the record has no label) and {2} a plan version's number. The raw action code and user name stay in the
 * event's details line and in the exports.
 */
public final class AuditSentences {

    /** The actor of events no person caused (the agreements' clock). */
    public static final String SYSTEM = "system";

    private final ResourceBundle bundle;
    private final Locale locale;

    public AuditSentences(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * @param actor   the directory entry of the event's actor, or null when never seen
     * @param subject the record in words ({@link AuditLog#subjects})
     */
    public String sentence(AuditLog.Event event, Person actor, AuditLog.Subject subject) {
        String pattern;
        try {
            pattern = bundle.getString("audit.sentence." + event.action());
        } catch (MissingResourceException unknown) {
            pattern = bundle.getString("audit.sentence.other");
        }
        String record = subject != null && subject.label() != null ? subject.label()
                : event.entityId() == null ? "" : event.entityId();
        Object version = subject == null || subject.version() == null ? "" : String.valueOf(subject.version());
        return format(pattern, who(event, actor), record, version, event.action());
    }

    /** Who did it: the person's name and organization, their user name when never seen, or "the system". */
    public String who(AuditLog.Event event, Person actor) {
        if (SYSTEM.equals(event.actor())) {
            return bundle.getString("audit.system");
        }
        String name = actor == null ? event.actor() : actor.name();
        String organization = event.organization() != null ? event.organization() : actor == null ? null : actor.organizationCode();
        return organization == null ? name : format(bundle.getString("audit.actorWithOrganization"), name, organization);
    }

    /** The words of an action, for the filter's choices. */
    public String action(String action) {
        try {
            return bundle.getString("audit.action." + action);
        } catch (MissingResourceException unknown) {
            return action;
        }
    }

    private String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
