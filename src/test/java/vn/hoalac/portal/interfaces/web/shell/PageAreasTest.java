package vn.hoalac.portal.interfaces.web.shell;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.AccessPolicy.Area;

import static org.assertj.core.api.Assertions.assertThat;

class PageAreasTest {

    @Test
    void aPageIsInTheAreaOfItsFolder() {
        assertThat(PageAreas.of("/plans/plan.xhtml")).isEqualTo(Area.PLANS);
        assertThat(PageAreas.of("/plans/index.xhtml")).isEqualTo(Area.PLANS);
        assertThat(PageAreas.of("/agreements/view.xhtml")).isEqualTo(Area.AGREEMENTS);
        assertThat(PageAreas.of("/proposals/index.xhtml")).isEqualTo(Area.PROPOSALS);
        assertThat(PageAreas.of("/audit/index.xhtml")).isEqualTo(Area.AUDIT);
        assertThat(PageAreas.of("/admin/health.xhtml")).isEqualTo(Area.ADMINISTRATION);
        assertThat(PageAreas.of("/documents/view.xhtml")).isEqualTo(Area.LIBRARY);
        assertThat(PageAreas.of("/search.xhtml")).isEqualTo(Area.LIBRARY);
    }

    @Test
    void theFolderItselfAndAnythingUnderItAreInTheArea() {
        assertThat(PageAreas.of("/admin")).isEqualTo(Area.ADMINISTRATION);
        assertThat(PageAreas.of("/admin/")).isEqualTo(Area.ADMINISTRATION);
        assertThat(PageAreas.of("/admin/khong-co.png")).isEqualTo(Area.ADMINISTRATION);
        assertThat(PageAreas.of("/plans/a/b/c.xhtml")).isEqualTo(Area.PLANS);
    }

    @Test
    void everythingElseIsHome() {
        assertThat(PageAreas.of("")).isEqualTo(Area.HOME);
        assertThat(PageAreas.of("/")).isEqualTo(Area.HOME);
        assertThat(PageAreas.of("/index.xhtml")).isEqualTo(Area.HOME);
        assertThat(PageAreas.of("/administration.xhtml")).isEqualTo(Area.HOME);
        assertThat(PageAreas.of("/plans.xhtml")).isEqualTo(Area.HOME);
        // the API and the resources: their own rules (bearer tokens and the use cases; public)
        assertThat(PageAreas.of("/api/plans")).isEqualTo(Area.HOME);
        assertThat(PageAreas.of("/jakarta.faces.resource/css/portal.css")).isEqualTo(Area.HOME);
        assertThat(PageAreas.of("/files/download")).isEqualTo(Area.HOME);
    }
}
