package vn.hoalac.portal.interfaces.web.shell;

import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.List;
import java.util.Set;

/**
 * The portal's menu: every entry with the roles that may see it. The pages themselves are also protected
 * (web.xml and the application services); the menu only spares users links they cannot follow.
 */
public final class Navigation {

    /** A menu entry: {@code id} is stable (tests and CSS use it), {@code labelKey} a message bundle key. */
    public record Entry(String id, String labelKey, String icon, String outcome, String group, Set<Role> roles) {

        public boolean visibleTo(PortalUser user) {
            return roles.isEmpty() || roles.stream().anyMatch(user::hasRole);
        }
    }

    private static final Set<Role> ANY_ROLE = Set.of(Role.values());

    private static final List<Entry> ENTRIES = List.of(
            new Entry("menu-home", "menu.home", "pi pi-home", "/index.xhtml", null, Set.of()),
            new Entry("menu-plans", "menu.plans", "pi pi-book", "/plans/index.xhtml", null,
                    Set.of(Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER, Role.COMMITTEE_APPROVER)),
            new Entry("menu-agreements", "menu.agreements", "pi pi-file-edit", "/agreements/index.xhtml", null,
                    Set.of(Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER, Role.COMMITTEE_APPROVER)),
            new Entry("menu-proposals", "menu.proposals", "pi pi-inbox", "/proposals/index.xhtml", null,
                    Set.of(Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER, Role.COMMITTEE_APPROVER)),
            new Entry("menu-documents", "menu.documents", "pi pi-folder-open", "/documents/index.xhtml", null, ANY_ROLE),
            new Entry("menu-search", "menu.search", "pi pi-search", "/search.xhtml", null, ANY_ROLE),
            new Entry("menu-audit", "menu.audit", "pi pi-history", "/audit/index.xhtml", null,
                    Set.of(Role.ADMIN, Role.COMMITTEE_APPROVER)),
            new Entry("menu-organizations", "menu.organizations", "pi pi-building", "/admin/organizations.xhtml", "menu.admin",
                    Set.of(Role.ADMIN)),
            new Entry("menu-health", "menu.health", "pi pi-heart", "/admin/health.xhtml", "menu.admin",
                    Set.of(Role.ADMIN)));

    private Navigation() {
    }

    public static List<Entry> entriesFor(PortalUser user) {
        return ENTRIES.stream().filter(e -> e.visibleTo(user)).toList();
    }
}
