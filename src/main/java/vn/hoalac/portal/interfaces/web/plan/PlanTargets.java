package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import vn.hoalac.portal.application.plan.PlanDrafting;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.Target;
import vn.hoalac.portal.interfaces.web.shell.Downloads;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The targets tab of the plan page: the working copy's targets table ({@link TargetTable}) to edit, save, import from
 * and export to a spreadsheet. A save or an import over someone else's newer save is refused ({@link StaleDrafts}).
 */
@Named
@ViewScoped
public class PlanTargets implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PlanDrafting drafting;

    @Inject
    StaleDrafts staleDrafts;

    @Inject
    PlanPage page;

    private TargetTable table; // read when the tab is first drawn
    private Integer newYear;

    /** Shows the targets of the working copy as they are saved now. */
    void show(Plan plan) {
        table = TargetTable.of(plan);
    }

    private long id() {
        return page.getId();
    }

    public void addRow() {
        getTable().addRow();
    }

    public void removeRow(TargetTable.Row row) {
        getTable().removeRow(row);
    }

    public void addYear() {
        getTable().addYear(newYear);
        newYear = null;
    }

    public void save() {
        TargetTable edited = getTable();
        List<Target> rows = edited.toTargets();
        if (staleDrafts.attempt(() -> drafting.saveTargets(id(), edited.revision(), rows), edited::markStale, true)) {
            show(drafting.draft(id()));
            PageActions.info(PageActions.text("plan.targetsSaved", table.size()), null);
        }
    }

    /** Throws away the user's edit of the table and shows what is saved now. */
    public void reload() {
        show(drafting.draft(id()));
    }

    public void importFile(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            long revision = getTable().revision();
            staleDrafts.attemptAndGet(() -> drafting.importTargets(id(), revision, in), by -> { }, false).ifPresent(imported -> {
                show(drafting.draft(id()));
                PageActions.info(PageActions.text("plan.targetsImported", imported.size()), event.getFile().getFileName());
            });
        } catch (IOException e) {
            PageActions.error(event.getFile().getFileName(), PageActions.text("upload.failed"));
        }
    }

    public StreamedContent getExport() {
        return Downloads.of("chi-tieu-" + page.getCode() + ".xlsx", Downloads.XLSX, out -> drafting.exportTargets(id(), out));
    }

    /** The table, read from the working copy the first time the tab is drawn. */
    public TargetTable getTable() {
        if (table == null) {
            if (PlanPage.savingState()) {
                return TargetTable.EMPTY;
            }
            show(drafting.draft(id()));
        }
        return table;
    }
    public Integer getNewYear() { return newYear; }
    public void setNewYear(Integer newYear) { this.newYear = newYear; }
}
