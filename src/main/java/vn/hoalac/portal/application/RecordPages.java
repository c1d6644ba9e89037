package vn.hoalac.portal.application;

/**
 * Where a record is shown: the page of a plan, a plan version, a document, an agreement or a proposal, by the audit
 * trail's entity type and id (the page itself still refuses a reader who may not see it). The audit list's links and
 * the links in e-mails both come from here.
 */
public final class RecordPages {

    private RecordPages() {
    }

    /** The page's path and query below the context path, or null when the record has no page. */
    public static String path(String entityType, String entityId) {
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
