package vn.hoalac.portal.stack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A restore loads each table after the tables its foreign keys point at, in the same order every time. */
class TableOrderTest {

    private static TableOrder.ForeignKey fk(String table, String references) {
        return new TableOrder.ForeignKey(table, references);
    }

    @Test
    void parentsComeBeforeTheRowsThatPointAtThem() {
        List<String> order = TableOrder.of(List.of("document_version", "document", "content_blob", "organization", "audit_event"),
                List.of(fk("document_version", "document"), fk("document_version", "content_blob"), fk("document", "organization")));

        assertThat(order).containsExactly("audit_event", "content_blob", "organization", "document", "document_version");
    }

    @Test
    void aTablePointingAtItselfNeedsNoOrder() {
        assertThat(TableOrder.of(List.of("comment", "plan"), List.of(fk("comment", "comment"), fk("comment", "plan"))))
                .containsExactly("plan", "comment");
    }

    @Test
    void keysToTablesOutsideTheBackupAreIgnored() {
        assertThat(TableOrder.of(List.of("b", "a"), List.of(fk("a", "elsewhere")))).containsExactly("a", "b");
    }

    @Test
    void aCycleIsRefusedByName() {
        assertThatThrownBy(() -> TableOrder.of(List.of("a", "b", "c"), List.of(fk("a", "b"), fk("b", "a"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[a, b]").hasMessageContaining("cycle");
    }
}
