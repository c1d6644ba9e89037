package vn.hoalac.portal.application.proposal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.Problems;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.application.document.DocumentAccess;
import vn.hoalac.portal.application.document.DocumentShares;
import vn.hoalac.portal.application.notification.Audience;
import vn.hoalac.portal.application.notification.Following;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.application.notification.Notifications;
import vn.hoalac.portal.domain.model.Amounts;
import vn.hoalac.portal.domain.model.agreement.AgreementRepository;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.DocumentRepository;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationKind;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.VersionStatus;
import vn.hoalac.portal.domain.model.proposal.OpinionKind;
import vn.hoalac.portal.domain.model.proposal.Proposal;
import vn.hoalac.portal.domain.model.proposal.ProposalRepository;
import vn.hoalac.portal.domain.model.proposal.ProposalStatus;
import vn.hoalac.portal.domain.model.proposal.TargetLink;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proposals (đề xuất): a university (or the park) submits one for its own organization; the park invites reviewer
 * organizations, each gives one opinion; the park decides and links an accepted proposal to an agreement and to the
 * plan targets it serves. A university sees the proposals it submitted or was invited to, and no other.
 */
@RequestScoped
public class ProposalDesk {

    /** The longest opinion comment or decision note. */
    public static final int MAX_COMMENT = 10_000;

    @Inject
    PortalUser user;

    @Inject
    ProposalRepository proposals;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentShares shares;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AgreementRepository agreements;

    @Inject
    PlanRepository plans;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Following following;

    public static boolean readsAll(PortalUser user) {
        return user.hasAnyRole(Role.PARK_MANAGER, Role.COMMITTEE_APPROVER);
    }

    public static boolean reads(PortalUser user, Proposal p) {
        return reads(user, p.organization(), p.reviewers());
    }

    public static boolean reads(PortalUser user, String submitter, Set<String> invited) {
        return readsAll(user) || user.hasRole(Role.UNIVERSITY_REVIEWER) && user.organizationCode() != null
                && (user.organizationCode().equals(submitter) || invited.contains(user.organizationCode()));
    }

    /** Who reads an opinion (the proposal page shows all of them to the park and the committee, its own to a university). */
    public static Set<String> opinionReaders(String organization) {
        Set<String> tokens = new TreeSet<>(Set.of(Readers.role(Role.PARK_MANAGER), Readers.role(Role.COMMITTEE_APPROVER)));
        tokens.addAll(Readers.members(java.util.List.of(organization), Role.UNIVERSITY_REVIEWER));
        return tokens;
    }

    /** {@link #reads} as reader tokens, for the search index ({@link Readers}). */
    public static Set<String> readers(String submitter, Set<String> invited) {
        Set<String> tokens = new TreeSet<>(Set.of(Readers.role(Role.PARK_MANAGER), Readers.role(Role.COMMITTEE_APPROVER)));
        tokens.addAll(Readers.members(invited, Role.UNIVERSITY_REVIEWER));
        if (submitter != null) {
            tokens.add(Readers.member(submitter, Role.UNIVERSITY_REVIEWER));
        }
        return tokens;
    }

    public boolean mayManage() {
        return user.hasRole(Role.PARK_MANAGER);
    }

    public boolean maySubmit() {
        return user.hasAnyRole(Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER) && user.organizationCode() != null;
    }

    public boolean mayGiveOpinion(Proposal p) {
        return user.hasRole(Role.UNIVERSITY_REVIEWER) && p.invites(user.organizationCode()) && p.openForOpinions();
    }

    @Transactional
    public Proposal submit(String title, String purpose, BigDecimal budget, BigDecimal area, String timeline, List<Long> documentIds) {
        if (!maySubmit()) {
            throw new AccessDeniedException("denied.proposal.submit");
        }
        List<Problem> problems = new ArrayList<>();
        String cleanTitle = clean(title);
        Problems.required(problems, "title", cleanTitle, 1_000);
        String cleanPurpose = clean(purpose);
        Problems.required(problems, "purpose", cleanPurpose, 20_000);
        if (budget != null && (budget.signum() < 0 || !Amounts.inRange(budget))) {
            problems.add(new Problem("budget", "problem.decimalNotNegative"));
        }
        if (area != null && (area.signum() < 0 || !Amounts.inRange(area))) {
            problems.add(new Problem("area", "problem.decimalNotNegative"));
        }
        String cleanTimeline = clean(timeline);
        Problems.atMost(problems, "timeline", cleanTimeline, 5_000);
        List<Document> attached = new ArrayList<>();
        for (Long id : documentIds == null ? List.<Long>of() : documentIds) {
            Optional<Document> d = id == null ? Optional.empty() : documents.find(id).filter(doc -> DocumentAccess.canRead(user, doc));
            if (d.isEmpty()) {
                problems.add(new Problem("documents", "problem.noSuchDocument", String.valueOf(id)));
            } else if (!DocumentAccess.mayPassOn(user, d.get())) {
                problems.add(new Problem("documents", "problem.documentNotYours", d.get().title(), d.get().organization()));
            } else {
                attached.add(d.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.proposal", problems);
        }
        Set<Long> ids = new TreeSet<>();
        attached.forEach(d -> ids.add(d.id()));
        Proposal proposal = proposals.add(new Proposal(cleanTitle, cleanPurpose,
                budget == null ? null : Amounts.normalise(budget), area == null ? null : Amounts.normalise(area),
                cleanTimeline.isEmpty() ? null : cleanTimeline, user.organizationCode(), ids, user.username(), now()));
        shareDocuments(proposal);
        audit.record(user, AuditAction.PROPOSAL_SUBMITTED, "PROPOSAL", proposal.id(), cleanTitle);
        following.involve("PROPOSAL", proposal.id(), user.username());
        notifications.publish(NotificationEvent.of(NotificationKind.PROPOSAL_SUBMITTED, "PROPOSAL", proposal.id(), cleanTitle,
                user.username(), null, java.util.Map.of("organization", user.organizationCode())), Audience.roles(Role.PARK_MANAGER));
        return proposal;
    }

    /** The proposal's files are read by its readers (the park, the committee, the submitter, each invited reviewer). */
    private void shareDocuments(Proposal proposal) {
        shares.grant("PROPOSAL", proposal.id(), proposal.documents(), readers(proposal.organization(), proposal.reviewers()), user.username());
    }

    @Transactional
    public Proposal read(long id) {
        Proposal proposal = proposals.find(id).orElseThrow(() -> notFound(id));
        if (!reads(user, proposal)) {
            throw notFound(id);
        }
        return proposal;
    }

    /** One page of {@link #list()}, newest first, with the number of proposals the caller may see. */
    @Transactional
    public Page<Proposal> list(int first, int max) {
        return Page.of(list(), first, max);
    }

    @Transactional
    public List<Proposal> list() {
        if (!readsAll(user) && !user.hasRole(Role.UNIVERSITY_REVIEWER)) {
            throw new AccessDeniedException("denied.proposal.read");
        }
        return proposals.list(readsAll(user) ? null : user.organizationCode() == null ? "-" : user.organizationCode());
    }

    /** A proposal waiting for the caller: an opinion of their organization, or the park's invitation or decision. */
    public record Pending(long id, String title, ProposalStatus status) {
    }

    /** For the home page: proposals the caller's organization is invited to and has not given its opinion on; for the park, undecided ones. */
    @Transactional
    public List<Pending> pendingForMe() {
        if (user.hasRole(Role.PARK_MANAGER)) {
            return proposals.list(null).stream().filter(p -> !p.status().decided())
                    .map(p -> new Pending(p.id(), p.title(), p.status())).toList();
        }
        if (user.hasRole(Role.UNIVERSITY_REVIEWER) && user.organizationCode() != null) {
            return proposals.list(user.organizationCode()).stream()
                    .filter(p -> p.status() == ProposalStatus.IN_REVIEW && p.invites(user.organizationCode())
                            && p.opinion(user.organizationCode()).isEmpty())
                    .map(p -> new Pending(p.id(), p.title(), p.status())).toList();
        }
        return List.of();
    }

    /** The park invites reviewer organizations (universities other than the submitter). */
    @Transactional
    public Proposal invite(long id, List<String> codes) {
        requireManager("action.proposal.invite");
        Proposal proposal = proposals.find(id).orElseThrow(() -> notFound(id));
        proposal.requireOpenForInvitations(); // a decided proposal is refused before the input is looked at, as it always was
        Set<String> invited = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            Optional<Organization> org = organizations.find(code == null ? "" : code.strip());
            if (org.isEmpty() || org.get().kind() != OrganizationKind.UNIVERSITY) {
                problems.add(new Problem("organizations", "problem.notAUniversity", String.valueOf(code)));
            } else if (org.get().code().equals(proposal.organization())) {
                problems.add(new Problem("organizations", "problem.submitterInvited", org.get().name()));
            } else {
                invited.add(org.get().code());
            }
        }
        if (invited.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("organizations", "problem.atLeastOneUniversity"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.invitation", problems);
        }
        Set<String> newlyInvited = new TreeSet<>(invited);
        newlyInvited.removeAll(proposal.reviewers());
        proposal.invite(invited);
        shareDocuments(proposal);
        audit.record(user, AuditAction.PROPOSAL_REVIEWERS_INVITED, "PROPOSAL", id, String.join(",", invited));
        if (!newlyInvited.isEmpty()) { // a university invited again is not told again
            notifications.publish(NotificationEvent.of(NotificationKind.PROPOSAL_INVITED, "PROPOSAL", id, proposal.title(),
                            user.username(), String.join(",", newlyInvited), java.util.Map.of("organizations", String.join(", ", newlyInvited))),
                    Audience.members(Role.UNIVERSITY_REVIEWER, newlyInvited));
        }
        return proposal;
    }

    @Transactional
    public Proposal giveOpinion(long id, OpinionKind opinion, String comment) {
        Proposal proposal = read(id);
        if (!user.hasRole(Role.UNIVERSITY_REVIEWER) || !proposal.invites(user.organizationCode())) {
            throw new AccessDeniedException("denied.opinion.notInvited");
        }
        proposal.requireOpenForOpinions(); // before the input is looked at, as it always was
        String text = clean(comment);
        List<Problem> problems = new ArrayList<>();
        if (opinion == null) {
            problems.add(new Problem("opinion", "problem.chooseOne", Problems.words("opinion.", OpinionKind.values())));
        }
        if (opinion != null && opinion != OpinionKind.SUPPORT && text.isEmpty()) {
            problems.add(new Problem("comment", "problem.opinionReason"));
        }
        Problems.atMost(problems, "comment", text, MAX_COMMENT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.opinion", problems);
        }
        proposal.giveOpinion(user.organizationCode(), opinion, text.isEmpty() ? null : text, user.username(), user.displayName(), now());
        audit.record(user, AuditAction.PROPOSAL_OPINION, "PROPOSAL", id, user.organizationCode() + " " + opinion);
        notifications.publish(NotificationEvent.of(NotificationKind.PROPOSAL_OPINION, "PROPOSAL", id, proposal.title(), user.username(),
                        user.organizationCode(), java.util.Map.of("organization", user.organizationCode(), "opinion", opinion.name())),
                Audience.roles(Role.PARK_MANAGER),
                // the submitter and the other reviewers do not read this opinion: a follower among them is not told of it
                reader -> !Readers.reads(reader, opinionReaders(user.organizationCode())));
        return proposal;
    }

    @Transactional
    public Proposal decide(long id, String outcome, String note) {
        requireManager("action.proposal.decide");
        Proposal proposal = proposals.find(id).orElseThrow(() -> notFound(id));
        proposal.requireUndecided(); // before the input is looked at, as it always was
        String text = clean(note);
        List<Problem> problems = new ArrayList<>();
        if (!"ACCEPTED".equals(outcome) && !"REJECTED".equals(outcome)) {
            problems.add(new Problem("outcome", "problem.chooseOne",
                    List.of(new Message("proposal.status.ACCEPTED"), new Message("proposal.status.REJECTED"))));
        }
        Problems.required(problems, "note", text, MAX_COMMENT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.proposalDecision", problems);
        }
        proposal.decide("ACCEPTED".equals(outcome), text, user.username(), now());
        audit.record(user, AuditAction.PROPOSAL_DECIDED, "PROPOSAL", id, outcome);
        notifications.publish(NotificationEvent.of(NotificationKind.PROPOSAL_DECIDED, "PROPOSAL", id, proposal.title(), user.username(),
                        null, java.util.Map.of("outcome", outcome)),
                Audience.members(Role.UNIVERSITY_REVIEWER, Set.of(proposal.organization())).and(Audience.users(Set.of(proposal.createdBy()))));
        return proposal;
    }

    /** Links an accepted proposal to an agreement (optional) and to the plan targets it serves. */
    @Transactional
    public Proposal link(long id, Long agreementId, List<TargetLink> targets) {
        requireManager("action.proposal.link");
        Proposal proposal = proposals.find(id).orElseThrow(() -> notFound(id));
        proposal.requireAccepted(); // before the input is looked at, as it always was
        List<Problem> problems = new ArrayList<>();
        if (agreementId != null && agreements.find(agreementId).isEmpty()) {
            problems.add(new Problem("agreementId", "problem.noSuchAgreement", agreementId));
        }
        Set<TargetLink> links = new HashSet<>();
        for (TargetLink t : targets == null ? List.<TargetLink>of() : targets) {
            boolean exists = plans.find(t.planId()).map(plan -> plan.targets().stream().anyMatch(x -> x.code().equals(t.targetCode()))
                    || plans.versions(plan.id()).stream().filter(v -> v.status() == VersionStatus.APPROVED)
                            .map(PlanVersion::content).anyMatch(c -> c.target(t.targetCode()).isPresent())).orElse(false);
            if (!exists) {
                problems.add(new Problem("targets", "problem.noSuchTarget", t.planId(), t.targetCode()));
            } else {
                links.add(t);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.link", problems);
        }
        proposal.link(agreementId, links);
        audit.record(user, AuditAction.PROPOSAL_LINKED, "PROPOSAL", id, "agreement " + agreementId + ", " + links.size() + " targets");
        return proposal;
    }

    /** Refuses unless the user manages proposals; {@code actionKey} is the message key of what they tried. */
    private void requireManager(String actionKey) {
        if (!mayManage()) {
            throw new AccessDeniedException("denied.parkManagerOnly", new Message(actionKey));
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("notFound.proposal", id);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Text as the desk stores it: NFC, stripped. */
    static String clean(String value) {
        return vn.hoalac.portal.application.Texts.clean(value);
    }
}
