package vn.hoalac.portal.interfaces.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.hoalac.portal.application.notification.RecordLinks;

/**
 * Where an audit event's record is shown: the audit list links each event to its plan, version, document, agreement
 * or proposal (the page itself still refuses a reader who may not see it). Events of other records link nowhere.
 */
@Named
@ApplicationScoped
public class AuditLinks {

    /** The page's path and query below the context path, or null when the record has no page. */
    public String href(String entityType, String entityId) {
        return RecordLinks.href(entityType, entityId);
    }
}
