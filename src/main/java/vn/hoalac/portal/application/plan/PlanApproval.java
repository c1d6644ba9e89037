package vn.hoalac.portal.application.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.ConflictException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.Problems;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.application.notification.Audience;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.application.notification.Notifications;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.domain.model.document.ContentStore;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.plan.Attachment;
import vn.hoalac.portal.domain.model.plan.DecisionOutcome;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The end of a version's review (DOMAIN.md): the park sends it to the committee, the committee approves (and seals) or
 * returns it with its conclusion and notice, and anyone who reads an approved version can check its seal and have it
 * as a document. Who may do it is checked here; what the version's state allows, {@link PlanVersion} refuses itself.
 */
@RequestScoped
public class PlanApproval {

    @Inject
    PortalUser user;

    @Inject
    PlanRepository plans;

    @Inject
    PlanReview review;

    @Inject
    ContentStore contents;

    @Inject
    AuditTrail audit;

    @Inject
    PeopleDirectory people;

    @Inject
    Notifications notifications;

    /** The longest part of a conclusion a notification quotes. */
    static final int QUOTED = 300;

    public boolean maySendToCommittee(PlanVersion version) {
        return PlanAccess.drafts(user) && version.readyForApproval();
    }

    public boolean mayDecide(PlanVersion version) {
        return PlanAccess.decides(user) && version.awaitingDecision();
    }

    /** What the committee is warned of before it approves this version ({@link DecisionWarnings}). */
    public DecisionWarnings warnings(PlanVersion version) {
        LocalDate today = PortalTime.today();
        return new DecisionWarnings(version.standingComments().isEmpty(),
                today.isAfter(version.reviewDeadline()) ? null : version.reviewDeadline(), version.silentReviewers());
    }

    /** Closes the review and sends the version to the committee; every comment must have an answer. */
    @Transactional
    public PlanVersion submitForApproval(long planId, int number) {
        if (!PlanAccess.drafts(user)) {
            throw new AccessDeniedException("denied.parkManagerOnly", new Message("action.version.submit"));
        }
        plans.findForUpdate(planId).orElseThrow(() -> PlanDrafting.notFound(planId));
        PlanVersion version = plans.version(planId, number).orElseThrow(() -> PlanReview.versionNotFound(planId, number));
        version.submitForApproval(user.username(), PlanDrafting.now());
        audit.record(user, AuditAction.VERSION_TO_APPROVAL, "PLAN_VERSION", planId + "/" + number, version.comments().size() + " comments answered");
        plans.flush();
        notifications.publish(NotificationEvent.of(NotificationKind.VERSION_TO_APPROVAL, "PLAN_VERSION", planId + "/" + number,
                version.plan().title(), user.username(), null, java.util.Map.of("number", String.valueOf(number))),
                Audience.roles(Role.COMMITTEE_APPROVER));
        return version;
    }

    /** The committee approves (and seals) or returns a version, with its conclusion and notice. */
    @Transactional
    public PlanVersion decide(long planId, int number, DecisionOutcome outcome, String conclusion, String noticeNumber, LocalDate noticeDate) {
        if (!PlanAccess.decides(user)) {
            throw new AccessDeniedException("denied.committeeOnly", new Message("action.version.decide"));
        }
        List<Problem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new Problem("outcome", "problem.chooseOne", Problems.words("decision.", DecisionOutcome.APPROVED, DecisionOutcome.RETURNED)));
        }
        String cleanConclusion = PlanDrafting.text(conclusion);
        Problems.required(problems, "conclusion", cleanConclusion, 20_000);
        String notice = PlanDrafting.text(noticeNumber);
        if (notice.isEmpty()) {
            problems.add(new Problem("noticeNumber", "problem.noticeNumber"));
        } else {
            Problems.atMost(problems, "noticeNumber", notice, 50);
        }
        if (noticeDate == null) {
            problems.add(new Problem("noticeDate", "problem.dateRequired"));
        } else if (noticeDate.isAfter(PortalTime.today())) {
            problems.add(new Problem("noticeDate", "problem.notAfterToday"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.decision", problems);
        }
        plans.findForUpdate(planId).orElseThrow(() -> PlanDrafting.notFound(planId));
        PlanVersion version = plans.version(planId, number).orElseThrow(() -> PlanReview.versionNotFound(planId, number));
        version.decide(outcome, cleanConclusion, notice, noticeDate, user.username(), PlanDrafting.now());
        audit.record(user, outcome == DecisionOutcome.APPROVED ? AuditAction.VERSION_APPROVED : AuditAction.VERSION_RETURNED, "PLAN_VERSION",
                planId + "/" + number, "notice " + notice + " of " + noticeDate
                        + version.seal().map(s -> ", seal " + s.sha256()).orElse(""));
        plans.flush();
        boolean approved = outcome == DecisionOutcome.APPROVED;
        notifications.publish(NotificationEvent.of(approved ? NotificationKind.VERSION_APPROVED : NotificationKind.VERSION_RETURNED,
                        "PLAN_VERSION", planId + "/" + number, version.plan().title(), user.username(), null,
                        approved ? java.util.Map.of("number", String.valueOf(number), "notice", notice)
                                : java.util.Map.of("number", String.valueOf(number), "notice", notice, "conclusion", quoted(cleanConclusion))),
                Audience.roles(Role.PARK_MANAGER).and(Audience.members(Role.UNIVERSITY_REVIEWER, version.reviewers())));
        return version;
    }

    /** The start of a long text, cut at a word, for a notification's sentence. */
    static String quoted(String text) {
        if (text.length() <= QUOTED) {
            return text;
        }
        int cut = text.lastIndexOf(' ', QUOTED);
        return text.substring(0, cut > QUOTED / 2 ? cut : QUOTED).strip() + "…";
    }

    /** Recomputes the seal of an approved version from what is stored, and hashes each attachment's bytes again. */
    @Transactional
    public SealCheck verifySeal(long planId, int number) {
        PlanVersion version = review.version(planId, number);
        if (!version.sealed()) {
            throw new ConflictException("conflict.version.noSeal", number);
        }
        List<Message> problems = new ArrayList<>();
        for (Attachment a : version.content().attachments()) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                    contents.copyTo(a.sha256(), out);
                }
                String actual = HexFormat.of().formatHex(digest.digest());
                if (!actual.equals(a.sha256())) {
                    problems.add(new Message("seal.attachmentChanged", a.title(), a.filename(), actual, a.sha256()));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new Message("seal.attachmentUnreadable", a.title(), a.filename(), String.valueOf(e.getMessage())));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        String stored = version.seal().orElseThrow().sha256();
        return new SealCheck(stored, version.computeSeal(), problems);
    }

    @Transactional
    public SealedVersion sealedVersion(long planId, int number) {
        PlanVersion version = review.version(planId, number);
        if (!version.sealed()) {
            throw new ConflictException("conflict.version.notApproved", number);
        }
        var decision = version.decision().orElseThrow();
        // the notice is signed with the name of the committee member who recorded the decision
        return new SealedVersion(version.content(), number, version.note(), decision, version.seal().orElseThrow(),
                people.nameOf(decision.decidedBy()));
    }
}
