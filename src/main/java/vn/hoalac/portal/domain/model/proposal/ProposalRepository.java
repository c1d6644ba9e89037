package vn.hoalac.portal.domain.model.proposal;

import java.util.List;
import java.util.Optional;

public interface ProposalRepository {

    Proposal add(Proposal proposal);

    Optional<Proposal> find(long id);

    /** The ids of every proposal, in order. */
    List<Long> ids();

    /** Proposals newest first; {@code organization} limits to those it submitted or is invited to review (null: all). */
    List<Proposal> list(String organization);
}
