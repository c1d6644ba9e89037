package vn.hoalac.portal.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.application.Texts;
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
import java.util.List;
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

    void changed(@Observes AuditTrail.Recorded change) {
        if (change.entityType() == null || change.entityId() == null) {
            return;
        }
        try {
            switch (change.entityType()) {
                case "PLAN" -> plans.find(Long.parseLong(change.entityId())).ifPresent(this::indexDraft);
                case "PLAN_VERSION" -> {
                    String[] id = change.entityId().split("/");
                    plans.version(Long.parseLong(id[0]), Integer.parseInt(id[1])).ifPresent(this::indexVersion);
                }
                case "AGREEMENT" -> agreements.find(Long.parseLong(change.entityId())).ifPresent(this::indexAgreement);
                case "PROPOSAL" -> proposals.find(Long.parseLong(change.entityId())).ifPresent(this::indexProposal);
                default -> {
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // not an id this indexer knows how to read: nothing of ours changed
            LOG.fine(() -> "not indexed: " + change);
        }
    }

    /** Indexes every plan, version, agreement and proposal again: at start-up, so that the index holds what existed before it. */
    @Transactional
    public int rebuild() {
        int n = 0;
        for (Plan plan : plans.all()) {
            indexDraft(plan);
            n++;
            for (PlanVersion v : plans.versions(plan.id())) {
                indexVersion(v);
                n++;
            }
        }
        for (long id : agreements.ids()) {
            agreements.find(id).ifPresent(this::indexAgreement);
            n++;
        }
        for (long id : proposals.ids()) {
            proposals.find(id).ifPresent(this::indexProposal);
            n++;
        }
        return n;
    }

    private void indexDraft(Plan plan) {
        List<Section> sections = plan.sections().stream().map(s -> new Section(s.key(), s.title(), s.body())).toList();
        OffsetDateTime changed = plan.draftChangedAt() == null ? plan.createdAt() : plan.draftChangedAt();
        index.put(new RecordIndex.Entry("PLAN", plan.id(), 0, plan.title(), null, AgreementRegister.PARK, year(changed),
                PlanAccess.draftReaders(), planText(plan.code(), sections, plan.targets())));
    }

    private void indexVersion(PlanVersion v) {
        PlanContent content = v.content();
        index.put(new RecordIndex.Entry("PLAN", v.plan().id(), v.number(), content.title(), null, AgreementRegister.PARK,
                year(v.submittedAt()), PlanAccess.versionReaders(v.reviewers(), v.status()),
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
                AgreementRegister.PARK, year(a.updatedAt()), AgreementRegister.readers(a.parties()), text.toString()));
    }

    private void indexProposal(Proposal p) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[]{p.purpose(), p.timeline(), p.decisionNote()}) {
            if (part != null && !part.isBlank()) {
                text.append(part).append('\n');
            }
        }
        index.put(new RecordIndex.Entry("PROPOSAL", p.id(), 0, p.title(), null, p.organization(), year(p.createdAt()),
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

    private static int year(OffsetDateTime at) {
        return (at == null ? OffsetDateTime.now() : at).atZoneSameInstant(Texts.HANOI).getYear();
    }
}
