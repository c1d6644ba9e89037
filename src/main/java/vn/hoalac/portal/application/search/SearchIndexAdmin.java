package vn.hoalac.portal.application.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

/** Administrators see the state of this instance's search index and have it rebuilt from PostgreSQL. */
@RequestScoped
public class SearchIndexAdmin {

    @Inject
    PortalUser user;

    @Inject
    SearchEngine engine;

    @Inject
    AuditTrail audit;

    public IndexStatus status() {
        AccessPolicy.requireAnyRole(user, "action.searchIndex.read", Role.ADMIN);
        return engine.status();
    }

    /** Starts a rebuild (search answers from the current index until the new one is complete). */
    @Transactional
    public IndexStatus rebuild() {
        AccessPolicy.requireAnyRole(user, "action.searchIndex.rebuild", Role.ADMIN);
        engine.rebuild();
        audit.record(user, AuditAction.SEARCH_INDEX_REBUILT, "SEARCH_INDEX", null, "rebuild started");
        return engine.status();
    }
}
