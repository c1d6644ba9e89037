package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.plan.PlanDrafting;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanSection;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections tab of the plan page: the working copy's sections, to edit, add, remove and reorder. Each section
 * remembers the revision it was opened at: a save over someone else's newer save is refused ({@link StaleDrafts})
 * and the user's text stays in the form.
 */
@Named
@ViewScoped
public class PlanSections implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PlanDrafting drafting;

    @Inject
    StaleDrafts staleDrafts;

    @Inject
    PlanPage page;

    private long draftRevision;
    private List<SectionForm> sections; // read when the tab is first drawn
    private String newSectionTitle;

    /** One section of the form, with the revision it was loaded at. */
    public static class SectionForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String key;
        private String title;
        private String body;
        private long revision;
        private String staleBy;

        SectionForm(PlanSection s) {
            key = s.key();
            show(s);
        }

        /** What is saved now; the user's edit and the stale mark are gone. */
        void show(PlanSection s) {
            title = s.title();
            body = s.body();
            revision = s.revision();
            staleBy = null;
        }

        public String getKey() { return key; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public long getRevision() { return revision; }
        public String getStaleBy() { return staleBy; }
    }

    /** Shows the sections of the working copy as they are saved now. */
    void show(Plan plan) {
        draftRevision = plan.draftRevision();
        sections = new ArrayList<>(plan.sections().stream().map(SectionForm::new).toList());
    }

    private long id() {
        return page.getId();
    }

    public void save(SectionForm form) {
        if (staleDrafts.attempt(() -> drafting.saveSection(id(), form.key, form.revision, form.title, form.body),
                by -> form.staleBy = by, true)) {
            Plan plan = drafting.draft(id());
            PlanSection saved = plan.section(form.key).orElseThrow();
            form.show(saved);
            draftRevision = plan.draftRevision();
            PageActions.info(PageActions.text("plan.sectionSaved", saved.title()), null);
        }
    }

    /** Throws away the user's edit of a section and shows what is saved now. */
    public void reload(SectionForm form) {
        drafting.draft(id()).section(form.key).ifPresentOrElse(form::show, () -> sections.remove(form));
    }

    public void add() {
        if (PageActions.attempt(() -> drafting.addSection(id(), newSectionTitle))) {
            PageActions.info(PageActions.text("plan.sectionSaved", newSectionTitle.strip()), null);
            newSectionTitle = null;
            show(drafting.draft(id()));
        }
    }

    public void remove(SectionForm form) {
        if (staleDrafts.attempt(() -> drafting.removeSection(id(), form.key, form.revision), by -> form.staleBy = by, false)) {
            PageActions.info(PageActions.text("plan.sectionRemoved", form.title), null);
            show(drafting.draft(id()));
        }
    }

    public void move(SectionForm form, int delta) {
        if (PageActions.attempt(() -> drafting.moveSection(id(), form.key, delta))) {
            show(drafting.draft(id()));
        }
    }

    /** The sections, read from the working copy the first time the tab is drawn. */
    public List<SectionForm> getSections() {
        if (sections == null) {
            if (!page.isReadsDraft() || PlanPage.savingState()) {
                return List.of();
            }
            show(drafting.draft(id()));
        }
        return sections;
    }

    public long getDraftRevision() {
        if (sections == null) {
            getSections();
        }
        return draftRevision;
    }
    public String getNewSectionTitle() { return newSectionTitle; }
    public void setNewSectionTitle(String newSectionTitle) { this.newSectionTitle = newSectionTitle; }
}
