package vn.hoalac.portal.interfaces.web.shell;

import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.List;

/**
 * The portal's menu. An entry is shown to whom {@link AccessPolicy} lets into the area of its page
 * ({@link PageAreas}), the rule the area filter enforces on the page itself; the menu only spares users links they
 * cannot follow.
 */
public final class Navigation {

    /** A menu entry: {@code id} is stable (tests and CSS use it), {@code labelKey} a message bundle key. */
    public record Entry(String id, String labelKey, String icon, String outcome, String group) {

        public AccessPolicy.Area area() {
            return PageAreas.of(outcome);
        }

        public boolean visibleTo(PortalUser user) {
            return AccessPolicy.leadsTo(user, area());
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("menu-home", "menu.home", "pi pi-home", "/index.xhtml", null),
            new Entry("menu-plans", "menu.plans", "pi pi-book", "/plans/index.xhtml", null),
            new Entry("menu-agreements", "menu.agreements", "pi pi-file-edit", "/agreements/index.xhtml", null),
            new Entry("menu-proposals", "menu.proposals", "pi pi-inbox", "/proposals/index.xhtml", null),
            new Entry("menu-documents", "menu.documents", "pi pi-folder-open", "/documents/index.xhtml", null),
            new Entry("menu-search", "menu.search", "pi pi-search", "/search.xhtml", null),
            new Entry("menu-audit", "menu.audit", "pi pi-history", "/audit/index.xhtml", null),
            new Entry("menu-organizations", "menu.organizations", "pi pi-building", "/admin/organizations.xhtml", "menu.admin"),
            new Entry("menu-health", "menu.health", "pi pi-heart", "/admin/health.xhtml", "menu.admin"),
            new Entry("menu-mail", "menu.mail", "pi pi-envelope", "/admin/mail.xhtml", "menu.admin"),
            new Entry("menu-cluster", "menu.cluster", "pi pi-server", "/admin/cluster.xhtml", "menu.admin"));

    private Navigation() {
    }

    public static List<Entry> entriesFor(PortalUser user) {
        return ENTRIES.stream().filter(e -> e.visibleTo(user)).toList();
    }
}
