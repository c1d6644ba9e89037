package vn.hoalac.portal.interfaces.web.document;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.document.DocumentPage;
import vn.hoalac.portal.application.document.DocumentSummary;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The library page: a lazy, sortable, filterable table of the documents the user may read. */
@Named
@ViewScoped
public class ListDocuments implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentLibrary library;

    private LazyDataModel<DocumentSummary> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Serial
            private static final long serialVersionUID = 1L;
            private transient DocumentPage last;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return last == null ? 0 : (int) last.total();
            }

            @Override
            public List<DocumentSummary> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
                SortMeta sort = sorts.values().stream().findFirst().orElse(null);
                last = library.list(filter(filters, "title"), filter(filters, "category"), filter(filters, "organization"),
                        sort == null ? null : sort.getField(), sort != null && sort.getOrder() == SortOrder.ASCENDING,
                        first, pageSize);
                setRowCount((int) last.total());
                return last.items();
            }

            @Override
            public String getRowKey(DocumentSummary row) {
                return String.valueOf(row.id());
            }

            @Override
            public DocumentSummary getRowData(String rowKey) {
                return last == null ? null : last.items().stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
            }
        };
    }

    private static String filter(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    public LazyDataModel<DocumentSummary> getModel() {
        return model;
    }
}
