package vn.hoalac.portal.domain.model.plan;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.Rule;
import vn.hoalac.portal.domain.model.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life cycle of a plan version, as the version itself enforces it: in review → submitted for approval → approved (sealed) or returned. */
class PlanVersionTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 1);

    private static Plan planWithOneSection() {
        Plan plan = new Plan("DA", "Đề án", 2030, 2045, "bql.soan", NOW);
        plan.replaceDraft(plan.draftRevision(), List.of(new Section("c1", "Chương I", "<p>Khu công nghệ cao</p>")), List.of(), "bql.soan", NOW);
        return plan;
    }

    private static PlanVersion inReview() {
        return planWithOneSection().submitForReview(List.of(), List.of(), null, Set.of("DHBK"), DEADLINE, "bql.soan", NOW);
    }

    private static PlanComment commentOn(PlanVersion version) {
        return version.comment("c1", null, "Cần làm rõ", "dhbk.gopy", "Nguyễn Văn A", "DHBK", TODAY, NOW);
    }

    private static PlanVersion submittedForApproval() {
        PlanVersion version = inReview();
        version.submitForApproval("bql.soan", NOW);
        return version;
    }

    private static PlanVersion approved() {
        PlanVersion version = submittedForApproval();
        version.decide(DecisionOutcome.APPROVED, "Thông qua", "1857-TB/TU", TODAY, "bcd.pheduyet", NOW);
        return version;
    }

    /** The change is refused with {@code rule}'s key and these arguments. */
    private static void refused(ThrowingCallable change, Rule rule, Object... arguments) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.key()).isEqualTo(rule.key());
            assertThat(v.arguments()).containsExactly(arguments);
        });
    }

    // submit for review (the plan's working copy becomes version N+1)

    @Test
    void aDraftWithSectionsIsSubmittedAsTheFirstVersionInReview() {
        PlanVersion version = inReview();
        assertThat(version.number()).isEqualTo(1);
        assertThat(version.status()).isEqualTo(VersionStatus.IN_REVIEW);
        assertThat(version.content().section("c1")).isPresent();
        assertThat(version.reviewers()).containsExactly("DHBK");
    }

    @Test
    void anEmptyDraftIsNotSubmitted() {
        Plan empty = new Plan("DA", "Đề án", 2030, 2045, "bql.soan", NOW);
        refused(() -> empty.submitForReview(List.of(), List.of(), null, Set.of("DHBK"), DEADLINE, "bql.soan", NOW), Rule.PLAN_DRAFT_EMPTY);
    }

    @Test
    void noNewVersionWhileOneIsInReviewOrWaitingForTheCommittee() {
        Plan plan = planWithOneSection();
        PlanVersion first = plan.submitForReview(List.of(), List.of(), null, Set.of("DHBK"), DEADLINE, "bql.soan", NOW);
        refused(() -> plan.submitForReview(List.of(first), List.of(), null, Set.of("DHBK"), DEADLINE, "bql.soan", NOW),
                Rule.PLAN_VERSION_OPEN, 1, VersionStatus.IN_REVIEW);
        first.submitForApproval("bql.soan", NOW);
        refused(() -> plan.submitForReview(List.of(first), List.of(), null, Set.of("DHBK"), DEADLINE, "bql.soan", NOW),
                Rule.PLAN_VERSION_OPEN, 1, VersionStatus.SUBMITTED_FOR_APPROVAL);
    }

    @Test
    void aReturnedOrApprovedVersionLetsTheNextOneBeSubmitted() {
        Plan plan = planWithOneSection();
        PlanVersion first = plan.submitForReview(List.of(), List.of(), null, Set.of("DHBK"), DEADLINE, "bql.soan", NOW);
        first.submitForApproval("bql.soan", NOW);
        first.decide(DecisionOutcome.RETURNED, "Bổ sung", "1857-TB/TU", TODAY, "bcd.pheduyet", NOW);
        PlanVersion second = plan.submitForReview(List.of(first), List.of(), "Lần 2", Set.of("DHBK"), DEADLINE, "bql.soan", NOW);
        assertThat(second.number()).isEqualTo(2);
        second.submitForApproval("bql.soan", NOW);
        second.decide(DecisionOutcome.APPROVED, "Thông qua", "1858-TB/TU", TODAY, "bcd.pheduyet", NOW);
        assertThat(plan.submitForReview(List.of(first, second), List.of(), null, Set.of("DHBK"), DEADLINE, "bql.soan", NOW).number())
                .isEqualTo(3);
    }

    // comments

    @Test
    void reviewersCommentWhileInReviewUntilTheDeadlineDay() {
        PlanVersion version = inReview();
        commentOn(version);
        version.comment("c1", null, "Hạn cuối", "dhbk.gopy", "Nguyễn Văn A", "DHBK", DEADLINE, NOW);
        assertThat(version.comments()).hasSize(2);
        assertThat(version.unansweredComments()).isEqualTo(2);
    }

    @Test
    void noCommentAfterTheDeadline() {
        PlanVersion version = inReview();
        refused(() -> version.comment("c1", null, "Muộn", "dhbk.gopy", "A", "DHBK", DEADLINE.plusDays(1), NOW),
                Rule.VERSION_DEADLINE_PASSED, DEADLINE);
        assertThat(version.comments()).isEmpty();
    }

    @Test
    void noCommentOnceTheReviewIsClosed() {
        PlanVersion version = submittedForApproval();
        refused(() -> commentOn(version), Rule.VERSION_REVIEW_CLOSED, 1, VersionStatus.SUBMITTED_FOR_APPROVAL);
        refused(() -> version.requireOpenForComments(TODAY), Rule.VERSION_REVIEW_CLOSED, 1, VersionStatus.SUBMITTED_FOR_APPROVAL);
    }

    // answers

    @Test
    void theDraftersAnswerAndMayCorrectTheirAnswerWhileInReview() {
        PlanVersion version = inReview();
        PlanComment comment = commentOn(version);
        assertThat(version.openForAnswers()).isTrue();
        version.answer(comment, Disposition.PARTIALLY_ACCEPTED, "Một phần", null, "bql.soan", NOW);
        version.answer(comment, Disposition.ACCEPTED, null, comment.rowVersion(), "bql.soan", NOW);
        assertThat(comment.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(version.unansweredComments()).isZero();
    }

    @Test
    void anAnswerFromAnOlderPageIsRefusedAndNamesWhoAnswered() {
        PlanVersion version = inReview();
        PlanComment comment = commentOn(version);
        version.answer(comment, Disposition.ACCEPTED, null, null, "bql.soan", NOW);
        refused(() -> version.answer(comment, Disposition.NOT_ACCEPTED, "Đổi ý", comment.rowVersion() + 1, "bql.khac", NOW),
                Rule.COMMENT_ANSWERED_MEANWHILE, comment.id(), "bql.soan");
        assertThat(comment.disposition()).isEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void answersAreFinalOnceTheVersionWentToTheCommittee() {
        PlanVersion version = inReview();
        PlanComment comment = commentOn(version);
        version.answer(comment, Disposition.ACCEPTED, null, null, "bql.soan", NOW);
        version.submitForApproval("bql.soan", NOW);
        assertThat(version.openForAnswers()).isFalse();
        refused(() -> version.answer(comment, Disposition.NOT_ACCEPTED, "Đổi ý", null, "bql.soan", NOW),
                Rule.VERSION_ANSWERS_CLOSED, 1, VersionStatus.SUBMITTED_FOR_APPROVAL);
        refused(version::requireOpenForAnswers, Rule.VERSION_ANSWERS_CLOSED, 1, VersionStatus.SUBMITTED_FOR_APPROVAL);
        assertThat(comment.disposition()).isEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void aCommentOfAnotherVersionIsNotAnsweredHere() {
        PlanVersion version = inReview();
        PlanComment elsewhere = commentOn(inReview());
        assertThatThrownBy(() -> version.answer(elsewhere, Disposition.ACCEPTED, null, null, "bql.soan", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // submit for approval

    @Test
    void aVersionWithEveryCommentAnsweredGoesToTheCommittee() {
        PlanVersion version = inReview();
        PlanComment comment = commentOn(version);
        version.answer(comment, Disposition.ACCEPTED, null, null, "bql.soan", NOW);
        assertThat(version.readyForApproval()).isTrue();
        version.submitForApproval("bql.soan", NOW);
        assertThat(version.status()).isEqualTo(VersionStatus.SUBMITTED_FOR_APPROVAL);
        assertThat(version.toApprovalBy()).isEqualTo("bql.soan");
        assertThat(version.awaitingDecision()).isTrue();
    }

    @Test
    void aVersionWithAnUnansweredCommentStaysInReview() {
        PlanVersion version = inReview();
        commentOn(version);
        commentOn(version);
        assertThat(version.readyForApproval()).isFalse();
        refused(() -> version.submitForApproval("bql.soan", NOW), Rule.VERSION_COMMENTS_UNANSWERED, 2L);
        assertThat(version.status()).isEqualTo(VersionStatus.IN_REVIEW);
    }

    @Test
    void onlyAVersionInReviewGoesToTheCommittee() {
        PlanVersion version = submittedForApproval();
        refused(() -> version.submitForApproval("bql.soan", NOW), Rule.VERSION_NOT_IN_REVIEW, 1, VersionStatus.SUBMITTED_FOR_APPROVAL);
        version.decide(DecisionOutcome.RETURNED, "Bổ sung", "1857-TB/TU", TODAY, "bcd.pheduyet", NOW);
        refused(() -> version.submitForApproval("bql.soan", NOW), Rule.VERSION_NOT_IN_REVIEW, 1, VersionStatus.RETURNED);
    }

    // decision

    @Test
    void theCommitteeApprovesAndSealsAVersionWaitingForIt() {
        PlanVersion version = approved();
        assertThat(version.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(version.sealed()).isTrue();
        assertThat(version.seal().orElseThrow().sha256()).isEqualTo(version.computeSeal());
        assertThat(version.decision().orElseThrow().noticeNumber()).isEqualTo("1857-TB/TU");
    }

    @Test
    void theCommitteeReturnsAVersionWithoutSealingIt() {
        PlanVersion version = submittedForApproval();
        version.decide(DecisionOutcome.RETURNED, "Bổ sung", "1857-TB/TU", TODAY, "bcd.pheduyet", NOW);
        assertThat(version.status()).isEqualTo(VersionStatus.RETURNED);
        assertThat(version.sealed()).isFalse();
        refused(() -> version.decide(DecisionOutcome.APPROVED, "Đổi ý", "1858-TB/TU", TODAY, "bcd.pheduyet", NOW),
                Rule.VERSION_NOT_AWAITING_DECISION, 1, VersionStatus.RETURNED);
    }

    @Test
    void aVersionStillInReviewIsNotDecided() {
        PlanVersion version = inReview();
        assertThat(version.awaitingDecision()).isFalse();
        refused(() -> version.decide(DecisionOutcome.APPROVED, "Thông qua", "1857-TB/TU", TODAY, "bcd.pheduyet", NOW),
                Rule.VERSION_NOT_AWAITING_DECISION, 1, VersionStatus.IN_REVIEW);
        assertThat(version.decision()).isEmpty();
        assertThat(version.sealed()).isFalse();
    }

    // sealed

    @Test
    void nothingChangesASealedVersion() {
        Plan plan = planWithOneSection();
        PlanVersion version = plan.submitForReview(List.of(), List.of(), null, Set.of("DHBK"), DEADLINE, "bql.soan", NOW);
        PlanComment comment = commentOn(version);
        version.answer(comment, Disposition.ACCEPTED, null, null, "bql.soan", NOW);
        version.submitForApproval("bql.soan", NOW);
        version.decide(DecisionOutcome.APPROVED, "Thông qua", "1857-TB/TU", TODAY, "bcd.pheduyet", NOW);
        String seal = version.seal().orElseThrow().sha256();

        refused(() -> version.decide(DecisionOutcome.RETURNED, "Đổi ý", "1858-TB/TU", TODAY, "bcd.pheduyet", NOW),
                Rule.VERSION_NOT_AWAITING_DECISION, 1, VersionStatus.APPROVED);
        refused(() -> version.submitForApproval("bql.soan", NOW), Rule.VERSION_NOT_IN_REVIEW, 1, VersionStatus.APPROVED);
        refused(() -> commentOn(version), Rule.VERSION_REVIEW_CLOSED, 1, VersionStatus.APPROVED);
        refused(() -> version.answer(comment, Disposition.NOT_ACCEPTED, "Đổi ý", null, "bql.soan", NOW),
                Rule.VERSION_ANSWERS_CLOSED, 1, VersionStatus.APPROVED);

        assertThat(version.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(version.comments()).containsExactly(comment);
        assertThat(comment.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(version.decision().orElseThrow().noticeNumber()).isEqualTo("1857-TB/TU");
        assertThat(version.computeSeal()).isEqualTo(seal);
        assertThat(version.seal().orElseThrow().sha256()).isEqualTo(seal);
    }

    @Test
    void aSectionRemovedFromAnOlderPageIsRefused() {
        Plan plan = planWithOneSection();
        long revision = plan.section("c1").orElseThrow().revision();
        plan.saveSection("c1", revision, "Chương I", "<p>mới</p>", "bql.khac", NOW);
        assertThatThrownBy(() -> plan.removeSection("c1", revision, "bql.soan", NOW)).isInstanceOf(StaleDraftException.class);
        plan.removeSection("c1", plan.section("c1").orElseThrow().revision(), "bql.soan", NOW);
        assertThat(plan.sections()).isEmpty();
    }

    // a reviewer edits or withdraws their own comment (issue 17)

    @Test
    void anUnansweredCommentIsEditedUntilTheDeadlineDayIncluded() {
        PlanVersion version = inReview();
        PlanComment comment = commentOn(version);
        version.editComment(comment, "trích", "Cần làm rõ nguồn vốn", DEADLINE, NOW.plusDays(1));
        assertThat(comment.body()).isEqualTo("Cần làm rõ nguồn vốn");
        assertThat(comment.quote()).isEqualTo("trích");
        assertThat(comment.editedAt()).isEqualTo(NOW.plusDays(1));
        assertThat(version.commentChangeable(comment, DEADLINE)).isTrue();
    }

    @Test
    void noEditOrWithdrawalAfterTheDeadline() {
        PlanVersion version = inReview();
        PlanComment comment = commentOn(version);
        LocalDate after = DEADLINE.plusDays(1);
        refused(() -> version.editComment(comment, null, "Muộn", after, NOW), Rule.VERSION_DEADLINE_PASSED, DEADLINE);
        refused(() -> version.withdrawComment(comment, after, NOW), Rule.VERSION_DEADLINE_PASSED, DEADLINE);
        assertThat(comment.body()).isEqualTo("Cần làm rõ");
        assertThat(comment.withdrawn()).isFalse();
        assertThat(version.commentChangeable(comment, after)).isFalse();
    }

    @Test
    void anAnsweredCommentIsNeitherEditedNorWithdrawn() {
        PlanVersion version = inReview();
        PlanComment comment = commentOn(version);
        version.answer(comment, Disposition.ACCEPTED, null, null, "bql.soan", NOW);
        refused(() -> version.editComment(comment, null, "Sửa sau khi có trả lời", TODAY, NOW), Rule.COMMENT_ALREADY_ANSWERED, 0L);
        refused(() -> version.withdrawComment(comment, TODAY, NOW), Rule.COMMENT_ALREADY_ANSWERED, 0L);
        assertThat(comment.body()).isEqualTo("Cần làm rõ");
        assertThat(version.commentChangeable(comment, TODAY)).isFalse();
    }

    @Test
    void anAnsweredCommentOfAVersionWithTheCommitteeSaysItWasAnswered() {
        PlanVersion version = inReview();
        PlanComment comment = commentOn(version);
        version.answer(comment, Disposition.ACCEPTED, null, null, "bql.soan", NOW);
        version.submitForApproval("bql.soan", NOW);
        refused(() -> version.editComment(comment, null, "Sửa", TODAY, NOW), Rule.COMMENT_ALREADY_ANSWERED, 0L);
    }

    @Test
    void aWithdrawnCommentIsKeptNeedsNoAnswerAndCannotBeAnsweredOrChanged() {
        PlanVersion version = inReview();
        PlanComment comment = commentOn(version);
        version.withdrawComment(comment, TODAY, NOW);
        assertThat(comment.withdrawn()).isTrue();
        assertThat(version.comments()).containsExactly(comment);
        assertThat(version.standingComments()).isEmpty();
        assertThat(version.unansweredComments()).isZero();
        assertThat(version.readyForApproval()).isTrue();
        refused(() -> version.answer(comment, Disposition.ACCEPTED, null, null, "bql.soan", NOW), Rule.COMMENT_WITHDRAWN, 0L);
        refused(() -> version.editComment(comment, null, "Lại", TODAY, NOW), Rule.COMMENT_WITHDRAWN, 0L);
        refused(() -> version.withdrawComment(comment, TODAY, NOW), Rule.COMMENT_WITHDRAWN, 0L);
    }

    @Test
    void anAnswerToTextTheReviewerChangedMeanwhileIsRefused() {
        PlanVersion version = inReview();
        PlanComment comment = commentOn(version);
        refused(() -> version.answer(comment, Disposition.ACCEPTED, null, comment.rowVersion() + 1, "bql.soan", NOW),
                Rule.COMMENT_EDITED_MEANWHILE, 0L, "Nguyễn Văn A");
        assertThat(comment.answered()).isFalse();
    }

    @Test
    void theInvitedUniversitiesThatHaveNotCommentedAreNamed() {
        PlanVersion version = planWithOneSection().submitForReview(List.of(), List.of(), null, Set.of("DHBK", "DHQGHN", "DHTL"),
                DEADLINE, "bql.soan", NOW);
        assertThat(version.silentReviewers()).containsExactly("DHBK", "DHQGHN", "DHTL");
        PlanComment withdrawn = version.comment("c1", null, "Rút", "dhtl.gopy", "C", "DHTL", TODAY, NOW);
        version.comment("c1", null, "Góp ý", "dhbk.gopy", "A", "DHBK", TODAY, NOW);
        version.withdrawComment(withdrawn, TODAY, NOW);
        assertThat(version.silentReviewers()).containsExactly("DHQGHN", "DHTL");
    }

    @Test
    void aWithdrawalChangesTheSealButAnOrdinaryCommentSealsAsBefore() {
        PlanVersion version = inReview();
        PlanComment comment = commentOn(version);
        String before = version.computeSeal();
        assertThat(before).doesNotContain("withdrawn");
        version.withdrawComment(comment, TODAY, NOW);
        assertThat(version.computeSeal()).isNotEqualTo(before);
    }
}
