package vn.hoalac.portal.application.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.Problems;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.application.notification.Audience;
import vn.hoalac.portal.application.notification.Following;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.application.notification.Notifications;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationKind;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;
import vn.hoalac.portal.domain.model.plan.Disposition;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanComment;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.Section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The review of plan versions (DOMAIN.md): submit a snapshot for review, read versions, comment, answer, and the
 * review synthesis; sending to the committee and its decision are {@link PlanApproval}'s, comparing two versions
 * {@link VersionComparison}'s. Who may do what is
 * checked here, whatever the caller; what a version's state allows, {@link PlanVersion} and {@link Plan} refuse
 * themselves; every state change writes an audit event in the same transaction.
 */
@RequestScoped
public class PlanReview {

    @Inject
    PortalUser user;

    @Inject
    PlanRepository plans;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Following following;

    /** The longest note of a submission. */
    public static final int MAX_NOTE = 2_000;
    /** The longest comment, and answer to one. */
    public static final int MAX_COMMENT = 10_000;
    /** The longest quote of a comment. */
    public static final int MAX_QUOTE = 2_000;

    /** Freezes the working copy as version N+1 and opens it for review by the invited universities until the deadline. */
    @Transactional
    public PlanVersion submit(long planId, String note, List<String> reviewers, LocalDate deadline) {
        if (!PlanAccess.drafts(user)) {
            throw new AccessDeniedException("denied.parkManagerOnly", new Message("action.draft.submit"));
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> invited = new TreeSet<>();
        for (String code : reviewers == null ? List.<String>of() : reviewers) {
            String clean = code == null ? "" : code.strip();
            Optional<Organization> org = organizations.find(clean);
            if (org.isEmpty() || org.get().kind() != OrganizationKind.UNIVERSITY) {
                problems.add(new Problem("reviewers", "problem.notAUniversity", clean));
            } else {
                invited.add(clean);
            }
        }
        if (invited.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("reviewers", "problem.atLeastOneUniversity"));
        }
        if (deadline == null) {
            problems.add(new Problem("reviewDeadline", "problem.dateRequired"));
        } else if (deadline.isBefore(PortalTime.today())) {
            problems.add(new Problem("reviewDeadline", "problem.notBeforeToday"));
        }
        String cleanNote = PlanDrafting.text(note);
        Problems.atMost(problems, "note", cleanNote, MAX_NOTE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.submission", problems);
        }
        Plan plan = plans.findForUpdate(planId).orElseThrow(() -> PlanDrafting.notFound(planId));
        PlanVersion version = plans.addVersion(plan.submitForReview(plans.versions(planId), plans.attachments(planId),
                cleanNote.isEmpty() ? null : cleanNote, invited, deadline, user.username(), PlanDrafting.now()));
        audit.record(user, AuditAction.VERSION_SUBMITTED, "PLAN_VERSION", planId + "/" + version.number(),
                "reviewers " + String.join(",", invited) + ", deadline " + deadline);
        plans.flush();
        following.involve("PLAN", planId, plan.createdBy(), user.username()); // the drafters follow their plan
        notifications.publish(NotificationEvent.of(NotificationKind.VERSION_SUBMITTED, "PLAN_VERSION", planId + "/" + version.number(),
                plan.title(), user.username(), null, Map.of("number", String.valueOf(version.number()), "deadline", deadline.toString())),
                Audience.members(Role.UNIVERSITY_REVIEWER, invited));
        return version;
    }

    @Transactional
    public List<PlanVersion> versions(long planId) {
        plans.find(planId).orElseThrow(() -> PlanDrafting.notFound(planId));
        List<PlanVersion> visible = plans.versions(planId).stream().filter(v -> PlanAccess.readsVersion(user, v)).toList();
        if (visible.isEmpty() && !PlanAccess.readsDrafts(user)) {
            throw PlanDrafting.notFound(planId);
        }
        return visible;
    }

    /** A version the caller may read, with the comments they may see loaded; a 404 for anyone else. */
    @Transactional
    public PlanVersion version(long planId, int number) {
        PlanVersion version = plans.version(planId, number)
                .filter(v -> PlanAccess.readsVersion(user, v))
                .orElseThrow(() -> versionNotFound(planId, number));
        version.comments().size();
        version.plan().title();
        return version;
    }

    /** The comments of a version the caller may see: all for the park and the committee, their own organization's for a university. */
    public List<PlanComment> visibleComments(PlanVersion version) {
        return version.comments().stream()
                .filter(c -> PlanAccess.readsAllComments(user) || c.organization().equals(user.organizationCode()))
                .toList();
    }

    public boolean mayComment(PlanVersion version) {
        return PlanAccess.mayComment(user, version) && version.openForComments(PortalTime.today());
    }

    public boolean mayAnswer(PlanVersion version) {
        return PlanAccess.drafts(user) && version.openForAnswers();
    }

    @Transactional
    public PlanComment comment(long planId, int number, String sectionKey, String quote, String body) {
        plans.findForUpdate(planId).orElseThrow(() -> versionNotFound(planId, number)); // one state change of a plan at a time
        PlanVersion version = plans.version(planId, number).orElseThrow(() -> versionNotFound(planId, number));
        if (!PlanAccess.readsVersion(user, version)) {
            throw versionNotFound(planId, number);
        }
        if (!PlanAccess.mayComment(user, version)) {
            throw new AccessDeniedException("denied.comment.notInvited", number);
        }
        LocalDate today = PortalTime.today();
        version.requireOpenForComments(today); // a closed review is refused before the input is looked at, as it always was
        List<Problem> problems = new ArrayList<>();
        String key = sectionKey == null ? "" : sectionKey.strip();
        if (version.content().section(key).isEmpty()) {
            problems.add(new Problem("sectionKey", "problem.noSuchSection", number, key));
        }
        String cleanBody = PlanDrafting.text(body);
        Problems.required(problems, "body", cleanBody, MAX_COMMENT);
        String cleanQuote = PlanDrafting.text(quote);
        Problems.atMost(problems, "quote", cleanQuote, MAX_QUOTE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.comment", problems);
        }
        PlanComment comment = version.comment(key, cleanQuote.isEmpty() ? null : cleanQuote, cleanBody, user.username(),
                user.displayName(), user.organizationCode(), today, PlanDrafting.now());
        plans.flush(); // the new comment gets its id
        audit.record(user, AuditAction.COMMENT_ADDED, "PLAN_VERSION", planId + "/" + number, "comment " + comment.id() + " on " + key);
        following.involve("PLAN_VERSION", planId + "/" + number, user.username()); // a commenter follows the version
        return comment;
    }

    /**
     * The drafters' answer to a comment. {@code expectedRowVersion} (optional) guards against overwriting an answer
     * someone else gave meanwhile.
     */
    @Transactional
    public PlanComment answer(long planId, int number, long commentId, Disposition disposition, String rationale, Long expectedRowVersion) {
        if (!PlanAccess.drafts(user)) {
            throw new AccessDeniedException("denied.parkManagerOnly", new Message("action.comment.answer"));
        }
        plans.findForUpdate(planId).orElseThrow(() -> versionNotFound(planId, number)); // one state change of a plan at a time
        PlanVersion version = plans.version(planId, number).orElseThrow(() -> versionNotFound(planId, number));
        PlanComment comment = version.findComment(commentId)
                .orElseThrow(() -> new NotFoundException("notFound.comment", commentId));
        version.requireOpenForAnswers(); // before the input is looked at, as it always was
        List<Problem> problems = new ArrayList<>();
        if (disposition == null) {
            problems.add(new Problem("disposition", "problem.chooseOne",
                    Problems.words("disposition.", Disposition.ACCEPTED, Disposition.PARTIALLY_ACCEPTED, Disposition.NOT_ACCEPTED)));
        }
        String cleanRationale = PlanDrafting.text(rationale);
        if (disposition != null && disposition != Disposition.ACCEPTED && cleanRationale.isEmpty()) {
            problems.add(new Problem("rationale", "problem.rationaleRequired"));
        }
        Problems.atMost(problems, "rationale", cleanRationale, MAX_COMMENT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.answer", problems);
        }
        version.answer(comment, disposition, cleanRationale.isEmpty() ? null : cleanRationale, expectedRowVersion, user.username(),
                PlanDrafting.now());
        audit.record(user, AuditAction.COMMENT_ANSWERED, "PLAN_VERSION", planId + "/" + number, "comment " + commentId + " " + disposition);
        plans.flush();
        // one event per answer given: an answer changed later is told again
        notifications.publish(NotificationEvent.of(NotificationKind.COMMENT_ANSWERED, "PLAN_VERSION", planId + "/" + number,
                        version.plan().title(), user.username(), commentId + "." + comment.rowVersion(),
                        Map.of("number", String.valueOf(number), "disposition", disposition.name(), "comment", String.valueOf(commentId))),
                Audience.users(Set.of(comment.author())).and(Audience.members(Role.UNIVERSITY_REVIEWER, Set.of(comment.organization()))),
                // a follower of another university does not read this comment: not told of its answer either
                reader -> !vn.hoalac.portal.application.Readers.reads(reader, PlanAccess.commentReaders(comment.organization())));
        return comment;
    }

    /** Bảng tổng hợp tiếp thu, giải trình: for the park and the committee. */
    @Transactional
    public ReviewSynthesis synthesis(long planId, int number) {
        PlanVersion version = version(planId, number);
        if (!PlanAccess.readsAllComments(user)) {
            throw new AccessDeniedException("denied.synthesis");
        }
        PlanContent content = version.content();
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < content.sections().size(); i++) {
            order.put(content.sections().get(i).key(), i);
        }
        Map<String, String> orgNames = organizations.findAll().stream().collect(Collectors.toMap(Organization::code, Organization::name));
        List<PlanComment> sorted = version.standingComments().stream() // a withdrawn comment is no part of the synthesis
                .sorted(java.util.Comparator.comparing((PlanComment c) -> order.getOrDefault(c.sectionKey(), Integer.MAX_VALUE))
                        .thenComparing(PlanComment::id))
                .toList();
        List<ReviewSynthesis.Row> rows = new ArrayList<>();
        for (PlanComment c : sorted) {
            rows.add(new ReviewSynthesis.Row(rows.size() + 1, c.sectionKey(),
                    content.section(c.sectionKey()).map(Section::title).orElse(c.sectionKey()), c.organization(),
                    orgNames.getOrDefault(c.organization(), c.organization()), c.authorName(), c.createdAt(), c.quote(), c.body(),
                    c.disposition(), c.rationale(), c.answeredBy(), c.answeredAt()));
        }
        return new ReviewSynthesis(content.code(), content.title(), number, version.note(), version.reviewDeadline(), rows);
    }

    static NotFoundException versionNotFound(long planId, int number) {
        return new NotFoundException("notFound.version", number, planId);
    }
}
