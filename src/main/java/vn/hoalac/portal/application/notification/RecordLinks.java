package vn.hoalac.portal.application.notification;

/**
 * Where a record is shown, below the portal's context path: each notification (the list, the API, the e-mail) opens
 * its record's page, which itself still refuses a reader who may not see it.
 */
public final class RecordLinks {

    private RecordLinks() {
    }

    /** The page's path and query, or null when the record has no page. */
    public static String href(String recordType, String recordId) {
        if (recordType == null || recordId == null || recordId.isBlank()) {
            return null;
        }
        String id = recordId.strip();
        return switch (recordType) {
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
