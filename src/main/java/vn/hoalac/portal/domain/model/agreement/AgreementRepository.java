package vn.hoalac.portal.domain.model.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface AgreementRepository {

    Agreement add(Agreement agreement);

    Optional<Agreement> find(long id);

    /** The ids of every agreement, in order. */
    List<Long> ids();

    Optional<Agreement> findByNumber(String number);

    /**
     * Agreements matching the filters, each optional: {@code party} limits to agreements an organization is party to
     * (the caller's scope), {@code university} is the user's filter; sorted by {@code sort} (number, title, status,
     * effectiveTo, updatedAt).
     */
    List<Agreement> search(String party, String university, AgreementStatus status, CooperationField field, LocalDate endsBefore,
                           String sort, boolean ascending);

    /** Moves signed agreements on to EXPIRING/EXPIRED and open milestones past their date to OVERDUE; returns what changed. */
    List<StatusChange> refreshStatuses(LocalDate today);
}
