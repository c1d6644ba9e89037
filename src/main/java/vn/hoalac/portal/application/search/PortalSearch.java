package vn.hoalac.portal.application.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.ratelimit.RateLimits;
import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.application.document.DocumentAccess;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Finds what the caller may read by its content, with or without diacritics: documents (any of their versions),
 * plans (the draft for those who read drafts, and each version the caller may read), review comments with their
 * answers, agreements, proposals and their opinions. Every match is ranked and counted, none only of a window.
 */
@RequestScoped
public class PortalSearch {

    public static final int MAX_QUERY_LENGTH = 500;

    /** What a search finds, for its {@code type} filter (README, API; docs/search.md). */
    public static final List<String> TYPES = List.of("DOCUMENT", "PLAN", "COMMENT", "AGREEMENT", "PROPOSAL", "OPINION");

    /** The orders a search offers: by relevance (the default) or newest change first. */
    public static final List<String> ORDERS = List.of("relevance", "newest");

    @Inject
    PortalUser user;

    @Inject
    SearchEngine engine;

    @Inject
    RateLimits limits;

    public SearchResult search(String query, String type, String category, String organization, Integer year,
                               String status, String order, int page, int size) {
        if (page < 0 || size < 1 || size > 100 || (long) page * size > 100_000) {
            List<Problem> problems = new java.util.ArrayList<>();
            if (page < 0) {
                problems.add(new Problem("page", "problem.page"));
            }
            if (size < 1 || size > 100) {
                problems.add(new Problem("size", "problem.size", 100));
            }
            if (problems.isEmpty()) {
                problems.add(new Problem("page", "problem.pageTooDeep", 100_000));
            }
            throw new InvalidInputException("invalid.paging", problems);
        }
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException(new Message("invalid.queryTooLong", MAX_QUERY_LENGTH, query.length()),
                    List.of(new Problem("q", "problem.tooLong", query.length(), MAX_QUERY_LENGTH)));
        }
        String kind = blank(type) == null ? null : type.strip().toUpperCase(Locale.ROOT);
        if (kind != null && !TYPES.contains(kind)) {
            throw new InvalidInputException("invalid.search", new Problem("type", "problem.unknownCode", type.strip(), List.copyOf(TYPES)));
        }
        String sort = blank(order) == null ? "relevance" : order.strip().toLowerCase(Locale.ROOT);
        if (!ORDERS.contains(sort)) {
            throw new InvalidInputException("invalid.search", new Problem("sort", "problem.unknownCode", order.strip(), List.copyOf(ORDERS)));
        }
        if (query == null || query.isBlank() || !DocumentAccess.hasAnyPortalRole(user)) {
            return SearchResult.empty(true, null);
        }
        limits.take(user.username(), RateLimits.Kind.SEARCH);
        return engine.search(new SearchQuery(Normalizer.normalize(query.strip(), Normalizer.Form.NFC), Readers.of(user),
                kind, blank(category), blank(organization), year, blank(status),
                sort.equals("newest") ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE, page * size, size));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
