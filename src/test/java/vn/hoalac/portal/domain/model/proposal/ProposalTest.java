package vn.hoalac.portal.domain.model.proposal;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.Rule;
import vn.hoalac.portal.domain.model.RuleViolation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A proposal's life cycle as it enforces it: submitted → in review (reviewers invited) → accepted or rejected, once. */
class ProposalTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 8, 0, 0, 0, ZoneOffset.UTC);

    private static Proposal submitted() {
        return new Proposal("Phòng thí nghiệm vi mạch", "Đặt phòng thí nghiệm trong Khu", new BigDecimal("12.5"), null, null, "HVNN",
                Set.of(), "hvnn.gopy", NOW);
    }

    private static Proposal inReview() {
        Proposal proposal = submitted();
        proposal.invite(Set.of("DHBK"));
        return proposal;
    }

    private static void refused(ThrowingCallable change, Rule rule) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.key()).isEqualTo(rule.key());
            assertThat(v.arguments()).isEmpty();
        });
    }

    @Test
    void invitingReviewersOpensTheReviewAndMoreMayBeInvitedUntilTheDecision() {
        Proposal proposal = inReview();
        assertThat(proposal.status()).isEqualTo(ProposalStatus.IN_REVIEW);
        proposal.invite(Set.of("DHQGHN"));
        assertThat(proposal.reviewers()).containsExactlyInAnyOrder("DHBK", "DHQGHN");
    }

    @Test
    void invitedOrganizationsGiveAndCorrectTheirOpinionWhileInReview() {
        Proposal proposal = inReview();
        assertThat(proposal.openForOpinions()).isTrue();
        proposal.giveOpinion("DHBK", OpinionKind.SUPPORT_WITH_CONDITIONS, "Cần thêm kinh phí", "dhbk.gopy", "A", NOW);
        proposal.giveOpinion("DHBK", OpinionKind.SUPPORT, null, "dhbk.gopy", "A", NOW);
        assertThat(proposal.opinions()).singleElement().extracting(Opinion::opinion).isEqualTo(OpinionKind.SUPPORT);
    }

    @Test
    void noOpinionBeforeTheReviewIsOpened() {
        Proposal proposal = submitted();
        assertThat(proposal.openForOpinions()).isFalse();
        refused(() -> proposal.giveOpinion("DHBK", OpinionKind.SUPPORT, null, "dhbk.gopy", "A", NOW), Rule.PROPOSAL_NOT_IN_REVIEW);
        assertThat(proposal.opinions()).isEmpty();
    }

    @Test
    void theParkDecidesASubmittedOrReviewedProposalOnce() {
        Proposal straight = submitted();
        straight.decide(false, "Không phù hợp quy hoạch", "bql.soan", NOW);
        assertThat(straight.status()).isEqualTo(ProposalStatus.REJECTED);

        Proposal reviewed = inReview();
        reviewed.decide(true, "Chấp thuận", "bql.soan", NOW);
        assertThat(reviewed.status()).isEqualTo(ProposalStatus.ACCEPTED);
        refused(() -> reviewed.decide(false, "Đổi ý", "bql.soan", NOW), Rule.PROPOSAL_ALREADY_DECIDED);
        refused(reviewed::requireUndecided, Rule.PROPOSAL_ALREADY_DECIDED);
        assertThat(reviewed.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(reviewed.decisionNote()).isEqualTo("Chấp thuận");
    }

    @Test
    void aDecidedProposalTakesNoMoreReviewersNorOpinions() {
        Proposal proposal = inReview();
        proposal.decide(false, "Không chấp thuận", "bql.soan", NOW);
        refused(() -> proposal.invite(Set.of("DHQGHN")), Rule.PROPOSAL_DECIDED_NO_INVITATIONS);
        refused(() -> proposal.giveOpinion("DHBK", OpinionKind.OPPOSE, "Muộn", "dhbk.gopy", "A", NOW), Rule.PROPOSAL_NOT_IN_REVIEW);
        assertThat(proposal.reviewers()).containsExactly("DHBK");
        assertThat(proposal.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(proposal.opinions()).isEmpty();
    }

    @Test
    void onlyAnAcceptedProposalIsLinked() {
        Proposal accepted = inReview();
        refused(() -> accepted.link(7L, Set.of(new TargetLink(1, "CT04"))), Rule.PROPOSAL_NOT_ACCEPTED);
        accepted.decide(true, "Chấp thuận", "bql.soan", NOW);
        accepted.link(7L, Set.of(new TargetLink(1, "CT04")));
        assertThat(accepted.agreementId()).isEqualTo(7L);
        assertThat(accepted.targets()).containsExactly(new TargetLink(1, "CT04"));

        Proposal rejected = submitted();
        rejected.decide(false, "Không chấp thuận", "bql.soan", NOW);
        refused(() -> rejected.link(null, Set.of()), Rule.PROPOSAL_NOT_ACCEPTED);
        assertThat(rejected.agreementId()).isNull();
    }
}
