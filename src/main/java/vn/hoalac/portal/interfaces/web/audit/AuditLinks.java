package vn.hoalac.portal.interfaces.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Where an audit event's record is shown: the audit list links each event to its plan, version, document, agreement
 * or proposal (the page itself still refuses a reader who may not see it). Events of other records link nowhere.
 */
@Named
@ApplicationScoped
public class AuditLinks {

    /** The page's path and query below the context path, or null when the record has no page. */
    public String href(String entityType, String entityId) {
        if (entityType == null || entityId == null || entityId.isBlank()) {
            return null;
        }
        String id = entityId.strip();
        return switch (entityType) {
            case "PLAN" -> digits(id) ? "/plans/plan.xhtml?id=" + id : null;
            case "PLAN_VERSION" -> {
                int slash = id.indexOf('/');
                yield slash > 0 && digits(id.substring(0, slash)) && digits(id.substring(slash + 1))
                        ? "/plans/version.xhtml?id=" + id.substring(0, slash) + "&n=" + id.substring(slash + 1) : null;
            }
            case "DOCUMENT" -> digits(id) ? "/documents/view.xhtml?id=" + id : null;
            case "AGREEMENT" -> digits(id) ? "/agreements/view.xhtml?id=" + id : null;
            case "PROPOSAL" -> digits(id) ? "/proposals/view.xhtml?id=" + id : null;
            default -> null;
        };
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
