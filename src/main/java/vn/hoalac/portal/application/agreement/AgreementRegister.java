package vn.hoalac.portal.application.agreement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.ConflictException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.Problems;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.application.document.DocumentAccess;
import vn.hoalac.portal.application.document.DocumentShares;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.AgreementDetails;
import vn.hoalac.portal.domain.model.agreement.AgreementKind;
import vn.hoalac.portal.domain.model.agreement.AgreementRepository;
import vn.hoalac.portal.domain.model.agreement.AgreementStatus;
import vn.hoalac.portal.domain.model.agreement.CooperationField;
import vn.hoalac.portal.domain.model.agreement.Milestone;
import vn.hoalac.portal.domain.model.agreement.MilestoneStatus;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.DocumentRepository;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationKind;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agreements register: the park registers and keeps agreements; the committee reads them all; a university reads
 * the agreements it is party to and no other (another university's agreement does not exist for it: 404).
 */
@RequestScoped
public class AgreementRegister {

    public static final String PARK = "BQL";

    /** An agreement that needs attention on the home page. */
    public record Alert(long agreementId, String number, String title, LocalDate effectiveTo, long daysLeft, String milestone,
                        LocalDate milestoneDue) {

        public boolean urgent() {
            return milestone != null || daysLeft <= 30;
        }
    }

    @Inject
    PortalUser user;

    @Inject
    AgreementRepository agreements;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentShares shares;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    vn.hoalac.portal.application.notification.Following following;

    @Inject
    RegisterExport registerExport;

    public static boolean readsAll(PortalUser user) {
        return user.hasAnyRole(Role.PARK_MANAGER, Role.COMMITTEE_APPROVER);
    }

    public boolean mayEdit() {
        return user.hasRole(Role.PARK_MANAGER);
    }

    public static boolean reads(PortalUser user, Agreement a) {
        return reads(user, a.parties());
    }

    public static boolean reads(PortalUser user, Set<String> parties) {
        return readsAll(user) || user.hasRole(Role.UNIVERSITY_REVIEWER)
                && user.organizationCode() != null && parties.contains(user.organizationCode());
    }

    /** {@link #reads} as reader tokens, for the search index ({@link Readers}). */
    public static Set<String> readers(Set<String> parties) {
        Set<String> tokens = new TreeSet<>(Set.of(Readers.role(Role.PARK_MANAGER), Readers.role(Role.COMMITTEE_APPROVER)));
        tokens.addAll(Readers.members(parties, Role.UNIVERSITY_REVIEWER));
        return tokens;
    }

    @Transactional
    public Agreement register(AgreementDetails details, List<Long> documentIds) {
        requireEditor("action.agreement.register");
        AgreementDetails clean = validate(details);
        if (agreements.findByNumber(clean.number()).isPresent()) {
            throw new ConflictException("conflict.agreementNumber", clean.number());
        }
        Agreement agreement = new Agreement(clean.number(), user.username(), now());
        agreement.describe(clean, PortalTime.today(), user.username(), now());
        agreements.add(agreement);
        for (Long documentId : documentIds == null ? List.<Long>of() : documentIds) {
            attachDocument(agreement, documentId);
        }
        shareDocuments(agreement);
        audit.record(user, AuditAction.AGREEMENT_REGISTERED, "AGREEMENT", agreement.id(), clean.number() + " " + agreement.status()
                + " parties " + String.join(",", agreement.parties()));
        following.involve("AGREEMENT", agreement.id(), user.username()); // the registrant follows it
        return agreement;
    }

    /**
     * Changes an agreement; {@code documentIds} (optional) is its full list of documents; {@code expectedVersion}
     * (optional) refuses to overwrite a change made meanwhile.
     */
    @Transactional
    public Agreement update(long id, AgreementDetails details, List<Long> documentIds, Long expectedVersion) {
        requireEditor("action.agreement.edit");
        AgreementDetails clean = validate(details);
        Agreement agreement = agreements.find(id).orElseThrow(() -> notFound(id));
        agreement.requireUnchangedSince(expectedVersion); // a stale edit is refused before the number is looked up, as it always was
        agreements.findByNumber(clean.number()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new ConflictException("conflict.agreementNumber", clean.number());
        });
        AgreementStatus before = agreement.status();
        agreement.revise(expectedVersion, clean, PortalTime.today(), user.username(), now());
        if (documentIds != null) { // the list given is the agreement's documents now; null leaves them as they are
            for (Long documentId : agreement.documents()) {
                if (!documentIds.contains(documentId)) {
                    agreement.detach(documentId);
                }
            }
            for (Long documentId : documentIds) {
                if (documentId != null && !agreement.documents().contains(documentId)) {
                    attachDocument(agreement, documentId);
                }
            }
        }
        shareDocuments(agreement);
        audit.record(user, AuditAction.AGREEMENT_UPDATED, "AGREEMENT", id, clean.number() + " " + before + " → " + agreement.status());
        return agreement;
    }

    @Transactional
    public Agreement read(long id) {
        Agreement agreement = agreements.find(id).orElseThrow(() -> notFound(id));
        if (!reads(user, agreement)) {
            throw notFound(id);
        }
        return agreement;
    }

    /** One page of the register as {@link #list(String, AgreementStatus, CooperationField, LocalDate, String, boolean)} sorts it, with the number of agreements found. */
    @Transactional
    public Page<Agreement> list(String university, AgreementStatus status, CooperationField field, LocalDate endsBefore,
                                String sort, boolean ascending, int first, int max) {
        return Page.of(list(university, status, field, endsBefore, sort, ascending), first, max);
    }

    @Transactional
    public List<Agreement> list(String university, AgreementStatus status, CooperationField field, LocalDate endsBefore,
                                String sort, boolean ascending) {
        if (!readsAll(user) && !user.hasRole(Role.UNIVERSITY_REVIEWER)) {
            throw new AccessDeniedException("denied.agreements.read");
        }
        String scope = readsAll(user) ? null : user.organizationCode() == null ? "-" : user.organizationCode();
        return agreements.search(scope, blankToNull(university), status, field, endsBefore, sort, ascending);
    }

    @Transactional
    public void export(String university, AgreementStatus status, CooperationField field, LocalDate endsBefore, OutputStream out) {
        List<Agreement> rows = list(university, status, field, endsBefore, "effectiveTo", true);
        registerExport.xlsx(rows, code -> organizations.find(code).map(Organization::name).orElse(code), PortalTime.today(), out);
    }

    /** One page of {@link #alerts()}, with the number of alerts. */
    @Transactional
    public Page<Alert> alerts(int first, int max) {
        return Page.of(alerts(), first, max);
    }

    /** Agreements ending within 90 days and overdue milestones, for the park and the universities concerned. */
    @Transactional
    public List<Alert> alerts() {
        if (!user.hasAnyRole(Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER)) {
            return List.of();
        }
        String scope = user.hasRole(Role.PARK_MANAGER) ? null : user.organizationCode() == null ? "-" : user.organizationCode();
        LocalDate today = PortalTime.today();
        List<Alert> alerts = new ArrayList<>();
        for (Agreement a : agreements.search(scope, null, null, null, null, "effectiveTo", true)) {
            if ((a.status() == AgreementStatus.EXPIRING || a.status() == AgreementStatus.ACTIVE) && a.effectiveTo() != null
                    && !a.effectiveTo().isAfter(today.plusDays(AgreementStatus.EXPIRING_DAYS)) && !a.effectiveTo().isBefore(today)) {
                alerts.add(new Alert(a.id(), a.number(), a.title(), a.effectiveTo(), ChronoUnit.DAYS.between(today, a.effectiveTo()), null, null));
            }
            for (Milestone m : a.milestones()) {
                if (m.status() == MilestoneStatus.OVERDUE || m.status() == MilestoneStatus.OPEN && m.due().isBefore(today)) {
                    alerts.add(new Alert(a.id(), a.number(), a.title(), a.effectiveTo(), 0, m.title(), m.due()));
                }
            }
        }
        return alerts;
    }

    public List<Organization> universities() {
        return organizations.findAll().stream().filter(o -> o.kind() == OrganizationKind.UNIVERSITY).toList();
    }

    /** Lists a file on the agreement: one the park may pass on (its own, or one the whole portal reads). */
    private void attachDocument(Agreement agreement, long documentId) {
        Document document = documents.find(documentId).filter(d -> DocumentAccess.canRead(user, d))
                .orElseThrow(() -> new InvalidInputException("invalid.agreementDocuments",
                        new Problem("documents", "problem.noSuchDocument", String.valueOf(documentId))));
        if (!DocumentAccess.mayPassOn(user, document)) {
            throw new InvalidInputException("invalid.agreementDocuments",
                    new Problem("documents", "problem.documentNotYours", document.title(), document.organization()));
        }
        agreement.attach(documentId);
    }

    /** The agreement's files are read by its readers (the park, the committee, each party) while it lists them. */
    private void shareDocuments(Agreement agreement) {
        shares.grant("AGREEMENT", agreement.id(), agreement.documents(), readers(agreement.parties()), user.username());
    }

    private AgreementDetails validate(AgreementDetails d) {
        if (d == null) {
            throw new InvalidInputException("invalid.noBody");
        }
        List<Problem> problems = new ArrayList<>();
        String number = text(d.number());
        if (number.isEmpty()) {
            problems.add(new Problem("number", "problem.agreementNumber"));
        } else {
            Problems.atMost(problems, "number", number, 100);
        }
        String title = text(d.title());
        Problems.required(problems, "title", title, 1_000);
        if (d.kind() == null) {
            problems.add(new Problem("kind", "problem.chooseOne", Problems.words("agreement.kind.", AgreementKind.values())));
        }
        Set<String> parties = new TreeSet<>();
        parties.add(PARK);
        boolean university = false;
        for (String code : d.parties() == null ? Set.<String>of() : d.parties()) {
            Optional<Organization> org = organizations.find(code == null ? "" : code.strip());
            if (org.isEmpty() || org.get().kind() == OrganizationKind.COMMITTEE) {
                problems.add(new Problem("parties", "problem.notAParty", String.valueOf(code)));
            } else {
                parties.add(org.get().code());
                university |= org.get().kind() == OrganizationKind.UNIVERSITY;
            }
        }
        if (!university) {
            problems.add(new Problem("parties", "problem.atLeastOneUniversity"));
        }
        AgreementStatus status = d.status() == null ? AgreementStatus.DRAFT : d.status();
        if (status.inForce() && (d.effectiveFrom() == null || d.effectiveTo() == null)) {
            if (d.effectiveFrom() == null) {
                problems.add(new Problem("effectiveFrom", "problem.effectiveRequired"));
            }
            if (d.effectiveTo() == null) {
                problems.add(new Problem("effectiveTo", "problem.effectiveRequired"));
            }
        }
        if (d.effectiveFrom() != null && d.effectiveTo() != null && d.effectiveTo().isBefore(d.effectiveFrom())) {
            problems.add(new Problem("effectiveTo", "problem.endsBeforeStart", d.effectiveFrom()));
        }
        List<AgreementDetails.MilestoneLine> milestones = new ArrayList<>();
        List<AgreementDetails.MilestoneLine> lines = d.milestones() == null ? List.of() : d.milestones();
        for (int i = 0; i < lines.size(); i++) {
            AgreementDetails.MilestoneLine m = lines.get(i);
            String mt = m == null ? "" : text(m.title());
            if (m == null || mt.isEmpty() || m.due() == null) {
                problems.add(new Problem("milestones[" + i + "]", "problem.milestone"));
                continue;
            }
            milestones.add(new AgreementDetails.MilestoneLine(mt, m.due(), m.status() == null ? MilestoneStatus.OPEN : m.status()));
        }
        if (milestones.size() > 200) {
            problems.add(new Problem("milestones", "problem.tooMany", 200));
        }
        String contacts = text(d.contacts());
        Problems.atMost(problems, "contacts", contacts, 5_000);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.agreement", problems);
        }
        return new AgreementDetails(number, title, d.kind(), parties, d.fields() == null ? Set.of() : d.fields(), d.signedOn(),
                d.effectiveFrom(), d.effectiveTo(), status, contacts, milestones);
    }

    /** Refuses unless the user keeps the register; {@code actionKey} is the message key of what they tried. */
    private void requireEditor(String actionKey) {
        if (!mayEdit()) {
            throw new AccessDeniedException("denied.parkManagerOnly", new Message(actionKey));
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("notFound.agreement", id);
    }


    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static String text(String value) {
        return vn.hoalac.portal.application.Texts.clean(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
