package vn.hoalac.portal.application.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.application.document.DocumentAccess;
import vn.hoalac.portal.application.document.DocumentPage;
import vn.hoalac.portal.domain.model.document.ExtractionStatus;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The library's list: the documents the caller may read, filtered, sorted and paged by the search engine (an empty
 * query over the library rows, docs/search.md).
 */
@RequestScoped
public class LibraryListing {

    /** Sortable columns of the library, by the names the pages and the API use. */
    private static final Map<String, LibraryQuery.Sort> SORTS = Map.of(
            "title", LibraryQuery.Sort.TITLE, "category", LibraryQuery.Sort.CATEGORY,
            "organization", LibraryQuery.Sort.ORGANIZATION, "updatedAt", LibraryQuery.Sort.UPDATED,
            "size", LibraryQuery.Sort.SIZE, "currentVersion", LibraryQuery.Sort.VERSION,
            "extraction", LibraryQuery.Sort.EXTRACTION);

    @Inject
    PortalUser user;

    @Inject
    SearchEngine engine;

    /** A page of the documents the caller may read, newest change first unless sorted otherwise. */
    public DocumentPage list(String titleFilter, String category, String organization, String sortField, boolean ascending,
                             int first, int pageSize) {
        return list(new Filters(titleFilter, category, organization, null, null, null, null), sortField, ascending, first, pageSize);
    }

    /**
     * The library's filters as typed: words of the title (with or without diacritics), a category, an organization, a
     * version number, an extraction state, a date of the last change ({@code 15/03/2025}, {@code 03/2025},
     * {@code 2025} or {@code 2025-03-15}) and a size class ({@link #SIZES}). Each either filters or is refused with
     * the reason.
     */
    public record Filters(String title, String category, String organization, String version, String extraction,
                          String updated, String size) {
    }

    /** The size classes of the library's size filter, in bytes: [from, to). */
    public static final Map<String, long[]> SIZES = new java.util.LinkedHashMap<>();

    static {
        SIZES.put("lt100k", new long[]{0, 100 * 1024});
        SIZES.put("100k-1m", new long[]{100 * 1024, 1024 * 1024});
        SIZES.put("1m-10m", new long[]{1024 * 1024, 10 * 1024 * 1024});
        SIZES.put("gt10m", new long[]{10 * 1024 * 1024, Long.MAX_VALUE});
    }

    public DocumentPage list(Filters filters, String sortField, boolean ascending, int first, int pageSize) {
        if (!DocumentAccess.hasAnyPortalRole(user)) {
            return new DocumentPage(0, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Integer version = null;
        if (blankToNull(filters.version()) != null) {
            String v = filters.version().strip().replaceFirst("^[vV]", "");
            try {
                version = Integer.parseInt(v);
                if (version < 1) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem("version", "problem.versionNumber", filters.version().strip()));
            }
        }
        ExtractionStatus extraction = null;
        if (blankToNull(filters.extraction()) != null) {
            try {
                extraction = ExtractionStatus.valueOf(filters.extraction().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("extraction", "problem.unknownCode", filters.extraction().strip(), List.of(ExtractionStatus.values())));
            }
        }
        OffsetDateTime[] updated = null;
        if (blankToNull(filters.updated()) != null) {
            updated = dateRange(filters.updated().strip());
            if (updated == null) {
                problems.add(new Problem("updated", "problem.updated", filters.updated().strip()));
            }
        }
        long[] size = null;
        if (blankToNull(filters.size()) != null) {
            size = SIZES.get(filters.size().strip());
            if (size == null) {
                problems.add(new Problem("sizeClass", "problem.unknownCode", filters.size().strip(), List.copyOf(SIZES.keySet())));
            }
        }
        LibraryQuery.Sort sort = sortField == null ? null : SORTS.get(sortField);
        if (sortField != null && !sortField.isBlank() && sort == null) {
            problems.add(new Problem("sort", "problem.unknownCode", sortField, List.copyOf(SORTS.keySet())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.libraryFilter", problems);
        }
        return engine.documents(new LibraryQuery(Readers.of(user), blankToNull(filters.title()), blankToNull(filters.category()),
                blankToNull(filters.organization()), version, extraction, updated == null ? null : updated[0],
                updated == null ? null : updated[1], size == null ? null : size[0], size == null || size[1] == Long.MAX_VALUE ? null : size[1],
                sort, sort != null && ascending, Math.max(0, first), Math.min(Math.max(1, pageSize), 200)));
    }

    /** A day, a month or a year in Hanoi as [start, end); null when the text is none of them. */
    static OffsetDateTime[] dateRange(String text) {
        try {
            java.time.LocalDate from;
            java.time.LocalDate to;
            if (text.matches("\\d{4}")) {
                from = java.time.LocalDate.of(Integer.parseInt(text), 1, 1);
                to = from.plusYears(1);
            } else if (text.matches("\\d{1,2}[/.-]\\d{4}")) {
                String[] p = text.split("[/.-]");
                from = java.time.LocalDate.of(Integer.parseInt(p[1]), Integer.parseInt(p[0]), 1);
                to = from.plusMonths(1);
            } else if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                from = java.time.LocalDate.parse(text);
                to = from.plusDays(1);
            } else if (text.matches("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}")) {
                String[] p = text.split("[/.-]");
                from = java.time.LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
                to = from.plusDays(1);
            } else {
                return null;
            }
            return new OffsetDateTime[]{from.atStartOfDay(PortalTime.HANOI).toOffsetDateTime(),
                    to.atStartOfDay(PortalTime.HANOI).toOffsetDateTime()};
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
