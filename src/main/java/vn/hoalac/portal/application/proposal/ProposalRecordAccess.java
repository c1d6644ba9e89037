package vn.hoalac.portal.application.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.notification.RecordAccess;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.proposal.ProposalRepository;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Who reads a proposal ({@link ProposalDesk#reads}: the park, the committee, the submitter, the invited), for notifications and following. */
@ApplicationScoped
public class ProposalRecordAccess implements RecordAccess {

    @Inject
    ProposalRepository proposals;

    @Override
    public Optional<Predicate<PortalUser>> readers(String recordType, String recordId) {
        return RecordAccess.byId("PROPOSAL", recordType, recordId, id -> proposals.find(id).map(p -> {
            String submitter = p.organization();
            Set<String> invited = Set.copyOf(p.reviewers());
            return (Predicate<PortalUser>) user -> ProposalDesk.reads(user, submitter, invited);
        }));
    }
}
