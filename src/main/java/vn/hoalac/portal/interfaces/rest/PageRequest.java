package vn.hoalac.portal.interfaces.rest;

import vn.hoalac.portal.application.InvalidInputException;

import java.util.List;

/**
 * The page a list call asks for, read from its query parameters {@code page} (from 0) and {@code size}: absent, the
 * first page of the list's default size; a value that is not a whole number or is out of its limits is a 400 that
 * names the limits (never a 404 or a 500, as JAX-RS would answer for an {@code int} parameter it cannot read).
 */
public record PageRequest(int page, int size) {

    /** Deepest item a page may start at, for every list (a search engine collects every hit before the page). */
    public static final int MAX_OFFSET = 100_000;

    /** The description of the page parameter in the OpenAPI document. */
    public static final String PAGE_DESCRIPTION = "page number, from 0; page × size ≤ 100000";

    public static PageRequest of(String page, String size, int defaultSize, int maxSize) {
        Integer p = number(page, 0);
        Integer s = number(size, defaultSize);
        if (p == null || s == null || p < 0 || s < 1 || s > maxSize || (long) p * s > MAX_OFFSET) {
            throw new InvalidInputException("Tham số phân trang không hợp lệ",
                    List.of("page >= 0", "1 <= size <= " + maxSize, "page * size <= " + MAX_OFFSET));
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
