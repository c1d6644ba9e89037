package vn.hoalac.portal.application.notification;

import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who may read a record, asked by type and id: each record's package answers for its own types with its own access
 * rule (plans: {@code PlanAccess}, documents: {@code DocumentAccess}, agreements: {@code AgreementRegister},
 * proposals: {@code ProposalDesk}), so a notification goes to nobody the record's page would refuse. The record's
 * packages implement it (CDI beans), this package only asks: no cycle between them.
 */
public interface RecordAccess {

    /**
     * The rule for one record, read now in the caller's transaction (a share removed a moment ago counts), or empty
     * when the type is not this implementation's. A record that does not exist is read by nobody.
     */
    Optional<Predicate<PortalUser>> readers(String recordType, String recordId);
}
