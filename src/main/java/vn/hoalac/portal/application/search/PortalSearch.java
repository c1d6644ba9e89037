package vn.hoalac.portal.application.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.application.document.DocumentAccess;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.infrastructure.search.FullTextSearch;

import java.util.List;
import java.util.Map;

/**
 * Finds what the caller may read by its content, with or without diacritics: documents, plans (the draft for those
 * who read drafts, and each version the caller may read), agreements and proposals.
 */
@RequestScoped
public class PortalSearch {

    public static final int MAX_QUERY_LENGTH = 500;

    /** What a search finds, for its {@code type} filter (design/API.md). */
    public static final List<String> TYPES = List.of("DOCUMENT", "PLAN", "AGREEMENT", "PROPOSAL");

    @Inject
    PortalUser user;

    @Inject
    FullTextSearch fullText;

    @Inject
    vn.hoalac.portal.application.RateLimits limits;

    public SearchResult search(String query, String type, String category, String organization, Integer year,
                               int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidInputException("Tham số phân trang không hợp lệ", List.of("page >= 0", "1 <= size <= 100"));
        }
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("Câu tìm kiếm quá dài", List.of("q: tối đa " + MAX_QUERY_LENGTH + " ký tự"));
        }
        String kind = blank(type) == null ? null : type.strip().toUpperCase(java.util.Locale.ROOT);
        if (kind != null && !TYPES.contains(kind)) {
            throw new InvalidInputException("Loại kết quả không hợp lệ", List.of("type: " + String.join(" | ", TYPES)));
        }
        if (query == null || query.isBlank() || !DocumentAccess.hasAnyPortalRole(user)) {
            return new SearchResult(0, false, List.of(), Map.of());
        }
        limits.take(user.username(), vn.hoalac.portal.application.RateLimits.Kind.SEARCH);
        String normalized = java.text.Normalizer.normalize(query.strip(), java.text.Normalizer.Form.NFC);
        return fullText.search(normalized,
                new FullTextSearch.Reader(Readers.of(user)),
                new FullTextSearch.Filters(kind, blank(category), blank(organization), year),
                page * size, size);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
