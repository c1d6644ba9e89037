package vn.hoalac.portal.application.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.Problems;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.domain.model.Sha256;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.plan.PlanComment;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanVersion;

import java.util.ArrayList;
import java.util.List;

/**
 * A reviewer's second thoughts on their own comment: a new text, or the comment withdrawn. Only its author may, and
 * only while {@link PlanVersion} allows it (the review open, the deadline day included, nobody has answered it). A
 * withdrawn comment is kept, marked withdrawn: its text is shown to its author only, and the audit trail keeps every
 * text a comment had. Both changes are audited on the version, which also brings the search index up to date.
 */
@RequestScoped
public class CommentRevision {

    @Inject
    PortalUser user;

    @Inject
    PlanRepository plans;

    @Inject
    AuditTrail audit;

    /** Whether the caller may edit or withdraw this comment now (the pages show the buttons on this). */
    public boolean mayChange(PlanVersion version, PlanComment comment) {
        return PlanAccess.mayComment(user, version) && comment.writtenBy(user.username())
                && version.commentChangeable(comment, PortalTime.today());
    }

    /** Whether the caller may read the text of this comment: anyone who sees it, unless it was withdrawn (then its author only). */
    public boolean showsText(PlanComment comment) {
        return !comment.withdrawn() || comment.writtenBy(user.username());
    }

    @Transactional
    public PlanComment edit(long planId, int number, long commentId, String quote, String body) {
        Owned target = own(planId, number, commentId);
        target.version().requireCommentChangeable(target.comment(), PortalTime.today()); // the state before the input, as comment() does
        List<Problem> problems = new ArrayList<>();
        String cleanBody = PlanDrafting.text(body);
        Problems.required(problems, "body", cleanBody, PlanReview.MAX_COMMENT);
        String cleanQuote = PlanDrafting.text(quote);
        Problems.atMost(problems, "quote", cleanQuote, PlanReview.MAX_QUOTE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.comment", problems);
        }
        PlanComment comment = target.comment();
        String before = comment.body();
        target.version().editComment(comment, cleanQuote.isEmpty() ? null : cleanQuote, cleanBody, PortalTime.today(), PlanDrafting.now());
        audit.record(user, AuditAction.COMMENT_EDITED, "PLAN_VERSION", planId + "/" + number,
                // the replaced text is named by its fingerprint, not copied: the audit trail is read by people (administrators)
                // who may not read comments, and a comment later withdrawn is its author's alone
                "comment " + commentId + " on " + comment.sectionKey() + ", text before: " + before.length() + " characters, SHA-256 " + Sha256.hex(before));
        return comment;
    }

    @Transactional
    public PlanComment withdraw(long planId, int number, long commentId) {
        Owned target = own(planId, number, commentId);
        PlanComment comment = target.comment();
        target.version().withdrawComment(comment, PortalTime.today(), PlanDrafting.now());
        audit.record(user, AuditAction.COMMENT_WITHDRAWN, "PLAN_VERSION", planId + "/" + number,
                "comment " + commentId + " on " + comment.sectionKey());
        return comment;
    }

    private record Owned(PlanVersion version, PlanComment comment) {
    }

    /** The caller's own comment, locked with its plan; 404 for a comment the caller may not see, 403 for someone else's. */
    private Owned own(long planId, int number, long commentId) {
        plans.findForUpdate(planId).orElseThrow(() -> PlanReview.versionNotFound(planId, number)); // one state change of a plan at a time
        PlanVersion version = plans.version(planId, number)
                .filter(v -> PlanAccess.readsVersion(user, v))
                .orElseThrow(() -> PlanReview.versionNotFound(planId, number));
        PlanComment comment = version.findComment(commentId)
                .filter(c -> PlanAccess.readsAllComments(user) || c.organization().equals(user.organizationCode()))
                .orElseThrow(() -> new NotFoundException("notFound.comment", commentId));
        if (!PlanAccess.mayComment(user, version) || !comment.writtenBy(user.username())) {
            throw new AccessDeniedException("denied.comment.notAuthor", commentId);
        }
        return new Owned(version, comment);
    }
}
