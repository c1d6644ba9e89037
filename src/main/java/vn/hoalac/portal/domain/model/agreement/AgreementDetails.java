package vn.hoalac.portal.domain.model.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a user states about an agreement when registering or changing it. */
public record AgreementDetails(String number, String title, AgreementKind kind, Set<String> parties, Set<CooperationField> fields,
                               LocalDate signedOn, LocalDate effectiveFrom, LocalDate effectiveTo, AgreementStatus status,
                               String contacts, List<MilestoneLine> milestones) {

    public record MilestoneLine(String title, LocalDate due, MilestoneStatus status) {
    }
}
