package vn.hoalac.portal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes a permission refusal to the audit trail; a refusal is answered whether or not it could be recorded. */
@ApplicationScoped
public class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

    @Inject
    AuditTrail audit;

    public void refused(String what) {
        try {
            PortalUser user = CDI.current().select(PortalUser.class).get();
            audit.recordNow(user, AuditAction.ACCESS_DENIED, "REQUEST", null, what == null ? "" : what.length() > 1000 ? what.substring(0, 1000) : what);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a refusal could not be recorded in the audit trail: {0}", String.valueOf(e));
        }
    }

    /** For callers outside CDI (exception mappers, error pages). */
    public static void record(String what) {
        CDI.current().select(Refusals.class).get().refused(what);
    }
}
