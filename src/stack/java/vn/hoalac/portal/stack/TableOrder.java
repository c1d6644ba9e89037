package vn.hoalac.portal.stack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order in which a restore loads tables: every table after the tables its foreign keys point at (a row's parent
 * is there before the row), by name among tables that are free at the same time, so the same schema always gives the
 * same order. A foreign key of a table to itself is checked at the end of its COPY and needs no order. A cycle between
 * tables cannot be loaded one table at a time with the foreign keys on: it is refused, naming the tables.
 */
final class TableOrder {

    /** A foreign key: rows of {@code table} point at rows of {@code references}. */
    record ForeignKey(String table, String references) {
    }

    private TableOrder() {
    }

    static List<String> of(Collection<String> tables, Collection<ForeignKey> keys) {
        Map<String, Set<String>> waitsFor = new LinkedHashMap<>();
        new TreeSet<>(tables).forEach(t -> waitsFor.put(t, new TreeSet<>()));
        for (ForeignKey key : keys) {
            if (!key.table().equals(key.references()) && waitsFor.containsKey(key.table()) && waitsFor.containsKey(key.references())) {
                waitsFor.get(key.table()).add(key.references());
            }
        }
        List<String> order = new ArrayList<>();
        while (!waitsFor.isEmpty()) {
            String free = waitsFor.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> new IllegalStateException("the tables " + waitsFor.keySet()
                            + " refer to each other in a cycle of foreign keys: they cannot be restored one after the other"));
            order.add(free);
            waitsFor.remove(free);
            waitsFor.values().forEach(parents -> parents.remove(free));
        }
        return order;
    }
}
