package vn.hoalac.portal.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import vn.hoalac.portal.domain.model.plan.PlanComment;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.Section;
import vn.hoalac.portal.domain.model.plan.Target;
import vn.hoalac.portal.domain.model.proposal.Opinion;
import vn.hoalac.portal.domain.model.proposal.Proposal;
import vn.hoalac.portal.domain.model.proposal.ProposalRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the index holds of plans, agreements and proposals, built from the domain with who may read each (the tokens
 * of the same access rule that guards its page). A plan gives its draft (read by the park and the committee), each
 * submitted version (read also by the universities it invited, and by every university once approved) and each
 * review comment with its answer (read by the park, the committee and the commenter's university); a proposal gives
 * itself and each opinion (read by the park, the committee and the opinion's university). Documents are read in bulk
 * by the adapter itself (there are a hundred thousand of them, with no rule beyond their reader rows).
 */
@ApplicationScoped
public class RecordEntries {

    /** The record types whose entries come from here. */
    public static final List<String> TYPES = List.of("PLAN", "AGREEMENT", "PROPOSAL");

    @Inject
    PlanRepository plans;

    @Inject
    AgreementRepository agreements;

    @Inject
    ProposalRepository proposals;

    @Inject
    OrganizationRepository organizations;

    /** The ids of every record of a type, for a rebuild. */
    @Transactional
    public List<Long> ids(String recordType) {
        return switch (recordType) {
            case "PLAN" -> plans.all().stream().map(Plan::id).toList();
            case "AGREEMENT" -> agreements.ids();
            case "PROPOSAL" -> proposals.ids();
            default -> List.of();
        };
    }

    /** Everything the index holds of one record as committed now; empty when the record does not exist. */
    @Transactional
    public List<IndexEntry> of(String recordType, long id) {
        List<IndexEntry> entries = new ArrayList<>();
        switch (recordType) {
            case "PLAN" -> plans.find(id).ifPresent(plan -> {
                entries.add(draft(plan));
                for (PlanVersion v : plans.versions(plan.id())) {
                    entries.add(version(v));
                    v.standingComments().forEach(c -> entries.add(comment(v, c))); // a withdrawn comment is found no more
                }
            });
            case "AGREEMENT" -> agreements.find(id).ifPresent(a -> entries.add(agreement(a)));
            case "PROPOSAL" -> proposals.find(id).ifPresent(p -> {
                entries.add(proposal(p));
                p.opinions().forEach(o -> entries.add(opinion(p, o)));
            });
            default -> {
            }
        }
        return entries;
    }

    private IndexEntry draft(Plan plan) {
        List<Section> sections = plan.sections().stream().map(s -> new Section(s.key(), s.title(), s.body())).toList();
        OffsetDateTime changed = plan.draftChangedAt() == null ? plan.createdAt() : plan.draftChangedAt();
        return new IndexEntry("PLAN", plan.id(), 0, 0, null, plan.title(), plan.title(), plan.code(),
                planText(sections, plan.targets()), List.of(), null, AgreementRegister.PARK, "PLAN:DRAFT", at(changed),
                PlanAccess.draftReaders(), null);
    }

    private IndexEntry version(PlanVersion v) {
        PlanContent content = v.content();
        return new IndexEntry("PLAN", v.plan().id(), v.number(), 0, null, content.title(), content.title(), content.code(),
                planText(content.sections(), content.targets()), List.of(), null, AgreementRegister.PARK,
                "VERSION:" + v.status(), at(v.submittedAt()), PlanAccess.versionReaders(v.reviewers(), v.status()), null);
    }

    private IndexEntry comment(PlanVersion v, PlanComment c) {
        String section = v.content().sections().stream().filter(s -> s.key().equals(c.sectionKey())).map(Section::title)
                .findFirst().orElse(c.sectionKey());
        StringBuilder text = new StringBuilder();
        for (String part : new String[]{c.quote(), c.body(), c.rationale()}) {
            if (part != null && !part.isBlank()) {
                text.append(part).append('\n');
            }
        }
        return new IndexEntry("COMMENT", v.plan().id(), v.number(), c.id(), section, "", v.content().title(), null,
                text.toString(), List.of(), null, c.organization(),
                "COMMENT:" + (c.answered() ? c.disposition() : "OPEN"), at(latest(c.createdAt(), c.answeredAt())),
                PlanAccess.commentReaders(c.organization()), null);
    }

    private IndexEntry agreement(Agreement a) {
        StringBuilder meta = new StringBuilder(a.number());
        for (String party : a.parties()) {
            meta.append('\n').append(organizations.find(party).map(Organization::name).orElse(party));
        }
        StringBuilder text = new StringBuilder();
        for (Milestone m : a.milestones()) {
            text.append(m.title()).append('\n');
        }
        String title = a.title() == null ? a.number() : a.title();
        return new IndexEntry("AGREEMENT", a.id(), 0, 0, null, title, title, meta.toString(), text.toString(), List.of(),
                null, AgreementRegister.PARK, "AGREEMENT:" + a.status(), at(a.updatedAt()),
                AgreementRegister.readers(a.parties()), null);
    }

    private IndexEntry proposal(Proposal p) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[]{p.purpose(), p.timeline(), p.decisionNote()}) {
            if (part != null && !part.isBlank()) {
                text.append(part).append('\n');
            }
        }
        return new IndexEntry("PROPOSAL", p.id(), 0, 0, null, p.title(), p.title(), null, text.toString(), List.of(), null,
                p.organization(), "PROPOSAL:" + p.status(), at(latest(p.createdAt(), p.decidedAt())),
                ProposalDesk.readers(p.organization(), p.reviewers()), null);
    }

    private IndexEntry opinion(Proposal p, Opinion o) {
        return new IndexEntry("OPINION", p.id(), 0, o.id(), null, "", p.title(), null,
                o.comment() == null ? "" : o.comment(), List.of(), null, o.organization(), "OPINION:" + o.opinion(),
                at(o.givenAt()), ProposalDesk.opinionReaders(o.organization()), null);
    }

    /** A plan's words: each section's title and text, and each target's code, name, unit and lead unit. */
    static String planText(List<Section> sections, List<Target> targets) {
        StringBuilder text = new StringBuilder();
        for (Section s : sections) {
            text.append(s.title()).append('\n').append(RichText.plainText(s.body())).append("\n\n");
        }
        for (Target t : targets) {
            text.append(t.code()).append(' ').append(t.name());
            if (t.unit() != null) {
                text.append(" (").append(t.unit()).append(')');
            }
            if (t.leadUnit() != null) {
                text.append(" – ").append(t.leadUnit());
            }
            text.append('\n');
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
