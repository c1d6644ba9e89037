package vn.hoalac.portal.application.notification;

/**
 * What a notification says happened. The name is stored in {@code notification.kind} and named in the API, so a
 * constant is never renamed. Each has a sentence in the bundles ({@code notification.kind.*}, in both languages) and a
 * filter word on the notification page. {@link #urgent()} ones (reminders and decisions) may be mailed at once while
 * the rest goes into the daily digest (the user's choice, {@code notification_preference.urgent_immediate}).
 */
public enum NotificationKind {
    /** A version was submitted for review: every reviewer of each invited university. */
    VERSION_SUBMITTED(false),
    /** A comment was answered: the commenter and their university's reviewers. */
    COMMENT_ANSWERED(false),
    /** A version was sent to the committee: the committee. */
    VERSION_TO_APPROVAL(false),
    /** Approved, with its notice number: the park and every university that reviewed it. */
    VERSION_APPROVED(true),
    /** Returned, with the conclusion: the park and every university that reviewed it. */
    VERSION_RETURNED(true),
    /** A proposal was submitted: the park. */
    PROPOSAL_SUBMITTED(false),
    /** A university was invited to give its opinion on a proposal: that university's reviewers. */
    PROPOSAL_INVITED(false),
    /** An opinion on a proposal was given: the park. */
    PROPOSAL_OPINION(false),
    /** The park decided on a proposal: the proposing university. */
    PROPOSAL_DECIDED(true),
    /** An agreement became "expiring": the park and the parties. */
    AGREEMENT_EXPIRING(false),
    /** An agreement expired: the park and the parties. */
    AGREEMENT_EXPIRED(false),
    /** A milestone of an agreement is overdue: the park and the parties. */
    MILESTONE_OVERDUE(false),
    /** A document was shared with an organization: that organization's users who may read it. */
    DOCUMENT_SHARED(false),
    /** A new version of a followed document. */
    DOCUMENT_VERSION_ADDED(false),
    /** 3 days or 1 day before a review deadline: invited universities that have not commented yet. */
    REVIEW_DEADLINE_NEAR(true),
    /** The day after a review deadline: the park, with the universities that did not answer. */
    REVIEW_DEADLINE_MISSED(true),
    /** 7 days before a half-year progress report is due: the lead units' users. */
    PROGRESS_REPORT_DUE(true);

    private final boolean urgent;

    NotificationKind(boolean urgent) {
        this.urgent = urgent;
    }

    /** Reminders and decisions: mailed at once even to someone who chose the digest, unless they turned that off. */
    public boolean urgent() {
        return urgent;
    }
}
