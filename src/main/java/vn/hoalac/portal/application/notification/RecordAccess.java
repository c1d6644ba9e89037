package vn.hoalac.portal.application.notification;

import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.Optional;
import java.util.function.LongFunction;
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

    /**
     * The rule for a record of {@code ownType} with a numeric id: empty for another type; nobody for an id that is not a
     * number or a record that does not exist ({@code rule} answers empty); else the rule {@code rule} gives.
     */
    static Optional<Predicate<PortalUser>> byId(String ownType, String recordType, String recordId,
                                               LongFunction<Optional<Predicate<PortalUser>>> rule) {
        if (!ownType.equals(recordType)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(recordId);
        } catch (NumberFormatException notAnId) {
            return Optional.of(user -> false);
        }
        return Optional.of(rule.apply(id).orElse(user -> false));
    }
}
