package vn.hoalac.portal.interfaces.rest;

import vn.hoalac.portal.application.Page;

import java.util.List;
import java.util.function.Function;

/**
 * The answer of every list of the API (design/API.md): {@code {"total": n, "items": [...]}}, {@code total} the exact
 * number of items of the whole list (every page), {@code items} the page asked for by {@link PageRequest}.
 */
public record Paged<T>(long total, List<T> items) {

    public static <T, R> Paged<R> of(Page<T> page, Function<? super T, ? extends R> json) {
        return new Paged<>(page.total(), page.items().stream().<R>map(json).toList());
    }

    public static <T> Paged<T> of(Page<T> page) {
        return new Paged<>(page.total(), page.items());
    }
}
