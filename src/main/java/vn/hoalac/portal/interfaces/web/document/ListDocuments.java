package vn.hoalac.portal.interfaces.web.document;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.hoalac.portal.interfaces.web.shell.PageActions;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.document.DocumentPage;
import vn.hoalac.portal.application.document.DocumentSummary;
import vn.hoalac.portal.application.search.LibraryListing;

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
    LibraryListing library;

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
                try {
                    last = library.list(filters(filters), sort == null ? null : sort.getField(),
                            sort != null && sort.getOrder() == SortOrder.ASCENDING, first, pageSize);
                } catch (InvalidInputException e) {
                    last = new DocumentPage(0, List.of()); // checkFilters has said why
                }
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

    /** The problems of the filters as typed, each naming its column; empty when every filter was understood. */
    private List<String> filterProblems = List.of();

    /** On each filtering, before the table is drawn: a value not understood is said next to the table, and kept. */
    public void checkFilters(org.primefaces.event.data.FilterEvent event) {
        try {
            library.list(filters(event.getFilterBy()), null, false, 0, 1);
            filterProblems = List.of();
        } catch (InvalidInputException e) {
            filterProblems = PageActions.problems(e);
        }
    }

    public List<String> getFilterProblems() {
        return filterProblems;
    }

    private static LibraryListing.Filters filters(Map<String, FilterMeta> filters) {
        return new LibraryListing.Filters(filter(filters, "title"), filter(filters, "category"), filter(filters, "organization"),
                filter(filters, "currentVersion"), filter(filters, "extraction"), filter(filters, "updatedAt"), filter(filters, "size"));
    }

    private static String filter(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** The size classes of the size filter, in order. */
    public List<String> getSizeClasses() {
        return List.copyOf(LibraryListing.SIZES.keySet());
    }

    public List<vn.hoalac.portal.domain.model.document.ExtractionStatus> getExtractionStates() {
        return List.of(vn.hoalac.portal.domain.model.document.ExtractionStatus.values());
    }

    public LazyDataModel<DocumentSummary> getModel() {
        return model;
    }
}
