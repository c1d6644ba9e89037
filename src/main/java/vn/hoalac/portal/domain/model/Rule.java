package vn.hoalac.portal.domain.model;

/**
 * The rules an aggregate enforces by refusing a change, each with the key of its sentence in the message bundles
 * (a MessageFormat pattern) and the number of arguments that sentence takes. The key is also the stable code an API
 * client reads; the words live only in the bundles.
 */
public enum Rule {

    // Plan: submitting the working copy for review
    PLAN_VERSION_OPEN("rule.plan.versionOpen", 2),
    PLAN_DRAFT_EMPTY("rule.plan.draftEmpty", 0),

    // PlanVersion: review, answers, approval, decision
    VERSION_REVIEW_CLOSED("rule.version.reviewClosed", 2),
    VERSION_DEADLINE_PASSED("rule.version.deadlinePassed", 1),
    VERSION_ANSWERS_CLOSED("rule.version.answersClosed", 2),
    COMMENT_ANSWERED_MEANWHILE("rule.comment.answeredMeanwhile", 2),
    VERSION_NOT_IN_REVIEW("rule.version.notInReview", 2),
    VERSION_COMMENTS_UNANSWERED("rule.version.commentsUnanswered", 1),
    VERSION_NOT_AWAITING_DECISION("rule.version.notAwaitingDecision", 2),
    // PlanComment: its reviewer edits or withdraws it while nobody answered it and the review is open (issue 17)
    COMMENT_ALREADY_ANSWERED("rule.comment.alreadyAnswered", 1),
    COMMENT_WITHDRAWN("rule.comment.withdrawn", 1),
    COMMENT_EDITED_MEANWHILE("rule.comment.editedMeanwhile", 2),

    // Proposal
    PROPOSAL_DECIDED_NO_INVITATIONS("rule.proposal.decidedNoInvitations", 0),
    PROPOSAL_NOT_IN_REVIEW("rule.proposal.notInReview", 0),
    PROPOSAL_ALREADY_DECIDED("rule.proposal.alreadyDecided", 0),
    PROPOSAL_NOT_ACCEPTED("rule.proposal.notAccepted", 0),

    // Agreement
    AGREEMENT_CHANGED_MEANWHILE("rule.agreement.changedMeanwhile", 2);

    private final String key;
    private final int arity;

    Rule(String key, int arity) {
        this.key = key;
        this.arity = arity;
    }

    public String key() {
        return key;
    }

    /** How many arguments the sentence takes ({0} … {arity - 1}). */
    public int arity() {
        return arity;
    }
}
