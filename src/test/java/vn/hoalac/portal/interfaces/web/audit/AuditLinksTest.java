package vn.hoalac.portal.interfaces.web.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLinksTest {

    private final AuditLinks links = new AuditLinks();

    @Test
    void anEventLinksToThePageOfItsRecord() {
        assertThat(links.href("PLAN", "12")).isEqualTo("/plans/plan.xhtml?id=12");
        assertThat(links.href("PLAN_VERSION", "12/3")).isEqualTo("/plans/version.xhtml?id=12&n=3");
        assertThat(links.href("DOCUMENT", "7")).isEqualTo("/documents/view.xhtml?id=7");
        assertThat(links.href("AGREEMENT", "5")).isEqualTo("/agreements/view.xhtml?id=5");
        assertThat(links.href("PROPOSAL", "9")).isEqualTo("/proposals/view.xhtml?id=9");
    }

    @Test
    void recordsWithoutAPageOrMalformedIdsLinkNowhere() {
        assertThat(links.href("USER", "bql.soan")).isNull();
        assertThat(links.href("SEARCH_INDEX", null)).isNull();
        assertThat(links.href("PLAN", "12<script>")).isNull();
        assertThat(links.href("PLAN_VERSION", "12")).isNull();
        assertThat(links.href("PLAN_VERSION", "/3")).isNull();
        assertThat(links.href(null, "1")).isNull();
    }
}
