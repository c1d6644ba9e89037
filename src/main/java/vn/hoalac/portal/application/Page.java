package vn.hoalac.portal.application;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list a use case answers, with the exact number of items the whole list holds. Small collections that a
 * use case reads whole (plans, agreements, proposals, tasks) are counted and cut here, in one place.
 */
public record Page<T>(long total, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }

    /** Items {@code first} .. {@code first + max - 1} of a whole list, and its size as the total. */
    public static <T> Page<T> of(List<T> all, int first, int max) {
        int from = Math.min(Math.max(0, first), all.size());
        int to = (int) Math.min(all.size(), (long) from + Math.max(0, max));
        return new Page<>(all.size(), all.subList(from, to));
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(total, items.stream().<R>map(mapper).toList());
    }
}
