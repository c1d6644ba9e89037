package vn.hoalac.portal.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.application.agreement.AgreementRegister;
import vn.hoalac.portal.application.plan.PlanAccess;
import vn.hoalac.portal.application.plan.RichText;
import vn.hoalac.portal.application.proposal.ProposalDesk;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.AgreementRepository;
import vn.hoalac.portal.domain.model.agreement.Milestone;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.Section;
import vn.hoalac.portal.domain.model.plan.Target;
import vn.hoalac.portal.domain.model.proposal.Proposal;
import vn.hoalac.portal.domain.model.proposal.ProposalRepository;
import vn.hoalac.portal.infrastructure.audit.AuditTrail;
import vn.hoalac.portal.infrastructure.search.RecordIndex;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps plans, agreements and proposals findable by their text. Every change of one of them is recorded in the audit
 * trail in the transaction that makes it; this indexer hears of it there and re-indexes the record in the same
 * transaction, with who may read it (the tokens of the same access rule that guards its page). A plan is indexed
 * as its draft (read by the park and the committee) and as each submitted version (read also by the universities it
 * invited, and by every university once approved).
 */
@ApplicationScoped
public class RecordIndexer {

    private static final Logger LOG = Logger.getLogger(RecordIndexer.class.getName());

    @Inject
    PlanRepository plans;

    @Inject
    AgreementRepository agreements;

    @Inject
    ProposalRepository proposals;

    @Inject
    OrganizationRepository organizations;

    @Inject
    RecordIndex index;

    @Inject
    AuditTrail audit;

    /**
     * Changes that alter neither a record's words nor who reads it. Their transactions load the record without locking
     * it, so re-indexing from that copy could write back an older text or older readers over a change committed
     * meanwhile (a progress report while the draft is saved, an opinion while reviewers are invited).
     */
    static final Set<String> UNINDEXED_ACTIONS = Set.of("PROGRESS_REPORTED", "COMMENT_ADDED", "COMMENT_ANSWERED",
            "ATTACHMENT_ADDED", "ATTACHMENT_REMOVED", "PROPOSAL_OPINION", "PROPOSAL_LINKED");

    /** A record as the audit trail names it: PLAN id (its draft), PLAN_VERSION id/number, AGREEMENT id, PROPOSAL id. */
    public record Key(String entityType, String entityId) {
    }

    void changed(@Observes AuditTrail.Recorded change) {
        if (!UNINDEXED_ACTIONS.contains(change.action())) {
            index(new Key(change.entityType(), change.entityId()));
        }
    }

    /** Every plan draft and version, agreement and proposal, for {@link #reindex} at start-up. */
    @Transactional
    public List<Key> keys() {
        List<Key> keys = new ArrayList<>();
        for (Plan plan : plans.all()) {
            keys.add(new Key("PLAN", String.valueOf(plan.id())));
            for (PlanVersion v : plans.versions(plan.id())) {
                keys.add(new Key("PLAN_VERSION", plan.id() + "/" + v.number()));
            }
        }
        agreements.ids().forEach(id -> keys.add(new Key("AGREEMENT", String.valueOf(id))));
        proposals.ids().forEach(id -> keys.add(new Key("PROPOSAL", String.valueOf(id))));
        return keys;
    }

    /**
     * Indexes one record again, in a transaction of its own that first waits for every audited change in progress
     * (they hold the audit trail's lock until they commit): what it reads is then committed, and a change that starts
     * later re-indexes after it. So a start-up while people work never writes back an older text or older readers.
     */
    @Transactional
    public void reindex(Key key) {
        audit.awaitChanges();
        index(key);
    }

    private void index(Key key) {
        if (key.entityType() == null || key.entityId() == null) {
            return;
        }
        try {
            switch (key.entityType()) {
                case "PLAN" -> plans.find(Long.parseLong(key.entityId())).ifPresent(this::indexDraft);
                case "PLAN_VERSION" -> {
                    String[] id = key.entityId().split("/");
                    plans.version(Long.parseLong(id[0]), Integer.parseInt(id[1])).ifPresent(this::indexVersion);
                }
                case "AGREEMENT" -> agreements.find(Long.parseLong(key.entityId())).ifPresent(this::indexAgreement);
                case "PROPOSAL" -> proposals.find(Long.parseLong(key.entityId())).ifPresent(this::indexProposal);
                default -> {
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // not an id this indexer knows how to read: nothing of ours changed
            LOG.fine(() -> "not indexed: " + key);
        }
    }

    private void indexDraft(Plan plan) {
        List<Section> sections = plan.sections().stream().map(s -> new Section(s.key(), s.title(), s.body())).toList();
        OffsetDateTime changed = plan.draftChangedAt() == null ? plan.createdAt() : plan.draftChangedAt();
        index.put(new RecordIndex.Entry("PLAN", plan.id(), 0, plan.title(), null, AgreementRegister.PARK, at(changed),
                PlanAccess.draftReaders(), planText(plan.code(), sections, plan.targets())));
    }

    private void indexVersion(PlanVersion v) {
        PlanContent content = v.content();
        index.put(new RecordIndex.Entry("PLAN", v.plan().id(), v.number(), content.title(), null, AgreementRegister.PARK,
                at(v.submittedAt()), PlanAccess.versionReaders(v.reviewers(), v.status()),
                planText(content.code(), content.sections(), content.targets())));
    }

    private void indexAgreement(Agreement a) {
        StringBuilder text = new StringBuilder(a.number());
        for (String party : a.parties()) {
            text.append('\n').append(organizations.find(party).map(Organization::name).orElse(party));
        }
        for (Milestone m : a.milestones()) {
            text.append('\n').append(m.title());
        }
        index.put(new RecordIndex.Entry("AGREEMENT", a.id(), 0, a.title() == null ? a.number() : a.title(), null,
                AgreementRegister.PARK, at(a.updatedAt()), AgreementRegister.readers(a.parties()), text.toString()));
    }

    private void indexProposal(Proposal p) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[]{p.purpose(), p.timeline(), p.decisionNote()}) {
            if (part != null && !part.isBlank()) {
                text.append(part).append('\n');
            }
        }
        index.put(new RecordIndex.Entry("PROPOSAL", p.id(), 0, p.title(), null, p.organization(), at(latest(p.createdAt(), p.decidedAt())),
                ProposalDesk.readers(p.organization(), p.reviewers()), text.toString()));
    }

    /** A plan's words: its code, each section's title and text, and each target's code, name, unit and lead unit. */
    static String planText(String code, List<Section> sections, List<Target> targets) {
        StringBuilder text = new StringBuilder(code == null ? "" : code);
        for (Section s : sections) {
            text.append("\n\n").append(s.title()).append('\n').append(RichText.plainText(s.body()));
        }
        for (Target t : targets) {
            text.append('\n').append(t.code()).append(' ').append(t.name());
            if (t.unit() != null) {
                text.append(" (").append(t.unit()).append(')');
            }
            if (t.leadUnit() != null) {
                text.append(" – ").append(t.leadUnit());
            }
        }
        return text.toString();
    }

    private static OffsetDateTime at(OffsetDateTime at) {
        return at == null ? OffsetDateTime.now() : at;
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        return b == null || a != null && a.isAfter(b) ? a : b;
    }
}
