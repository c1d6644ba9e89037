package vn.hoalac.portal.interfaces.rest;

import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Problem;

import java.util.List;

/**
 * The page a list call asks for, read from its query parameters {@code page} (from 0) and {@code size}: absent, the
 * first page of the list's default size; a value that is not a whole number or is out of its limits is a 400 that
 * names the limits (never a 404 or a 500, as JAX-RS would answer for an {@code int} parameter it cannot read).
 */
public record PageRequest(int page, int size) {

    /**
     * Deepest item a page of the search engine's lists (search, the library) may start at: the engine collects every
     * hit before the page. The lists read from the database page in SQL or in the use case and go as deep as they hold.
     */
    public static final int MAX_OFFSET = 100_000;

    /** The description of the page parameter in the OpenAPI document. */
    public static final String PAGE_DESCRIPTION = "page number, from 0";

    /** The description of the page parameter of the search engine's lists. */
    public static final String ENGINE_PAGE_DESCRIPTION = "page number, from 0; page × size ≤ 100000";

    /** A page of a list read from the database: any depth (that an {@code int} holds). */
    public static PageRequest of(String page, String size, int defaultSize, int maxSize) {
        return of(page, size, defaultSize, maxSize, Integer.MAX_VALUE);
    }

    /** A page that may not start beyond {@code maxOffset} ({@link #MAX_OFFSET} for the search engine's lists). */
    public static PageRequest of(String page, String size, int defaultSize, int maxSize, int maxOffset) {
        Integer p = number(page, 0);
        Integer s = number(size, defaultSize);
        if (p == null || s == null || p < 0 || s < 1 || s > maxSize || (long) p * s > maxOffset) {
            List<Problem> problems = new java.util.ArrayList<>();
            if (p == null || p < 0) {
                problems.add(new Problem("page", "problem.page"));
            }
            if (s == null || s < 1 || s > maxSize) {
                problems.add(new Problem("size", "problem.size", maxSize));
            }
            if (problems.isEmpty()) {
                problems.add(new Problem("page", "problem.pageTooDeep", maxOffset));
            }
            throw new InvalidInputException("invalid.paging", problems);
        }
        return new PageRequest(p, s);
    }

    /** The index of the page's first item in the whole list. */
    public int first() {
        return page * size;
    }

    private static Integer number(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
