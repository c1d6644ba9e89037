package vn.hoalac.portal.interfaces.rest.agreement;

import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.interfaces.rest.JsonValues;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.AgreementDetails;
import vn.hoalac.portal.domain.model.agreement.AgreementKind;
import vn.hoalac.portal.domain.model.agreement.AgreementStatus;
import vn.hoalac.portal.domain.model.agreement.CooperationField;
import vn.hoalac.portal.domain.model.agreement.MilestoneStatus;
import vn.hoalac.portal.domain.model.proposal.Proposal;
import vn.hoalac.portal.domain.model.proposal.TargetLink;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The JSON of the agreements and proposals API (design/API.md, Agreements and proposals). Dates are YYYY-MM-DD. */
public final class AgreementJson {

    private AgreementJson() {
    }

    public record MilestoneJson(String title, String due, String status) {
    }

    public record AgreementInput(String number, String title, String kind, List<String> parties, List<String> fields,
                                 String signedOn, String effectiveFrom, String effectiveTo, String status, String contacts,
                                 List<MilestoneJson> milestones, List<Long> documents, Long version) {
    }

    public record AgreementOut(long id, String number, String title, String kind, List<String> parties, List<String> fields,
                               LocalDate signedOn, LocalDate effectiveFrom, LocalDate effectiveTo, String status, String contacts,
                               List<MilestoneJson> milestones, List<Long> documents, long version, OffsetDateTime updatedAt,
                               String updatedBy) {
    }

    public record ProposalInput(String title, String purpose, BigDecimal budget, BigDecimal area, String timeline, List<Long> documents) {
    }

    public record ReviewersInput(List<String> organizations) {
    }

    public record OpinionInput(String opinion, String comment) {
    }

    public record DecisionInput(String outcome, String note) {
    }

    public record TargetRef(Long planId, String code) {
    }

    public record LinkInput(Long agreementId, List<TargetRef> targets) {
    }

    public record OpinionOut(String organization, String opinion, String comment, String author, OffsetDateTime givenAt) {
    }

    public record ProposalOut(long id, String title, String purpose, BigDecimal budget, BigDecimal area, String timeline,
                              String organization, String status, List<String> reviewers, List<OpinionOut> opinions,
                              List<Long> documents, String decisionNote, String decidedBy, OffsetDateTime decidedAt, Long agreementId,
                              List<TargetRef> targets, OffsetDateTime createdAt) {
    }

    static AgreementOut of(Agreement a) {
        return new AgreementOut(a.id(), a.number(), a.title(), a.kind().name(), List.copyOf(new TreeSet<>(a.parties())),
                a.fields().stream().map(Enum::name).toList(), a.signedOn(), a.effectiveFrom(), a.effectiveTo(), a.status().name(),
                a.contacts(), a.milestones().stream().map(m -> new MilestoneJson(m.title(), m.due().toString(), m.status().name())).toList(),
                List.copyOf(new TreeSet<>(a.documents())), a.rowVersion(), a.updatedAt(), a.updatedBy());
    }

    /**
     * @param visibleOpinions the opinions the caller may see (all for the park and the committee, their own for a reviewer)
     */
    static ProposalOut of(Proposal p, boolean allOpinions, String ownOrganization) {
        return new ProposalOut(p.id(), p.title(), p.purpose(), p.budget(), p.area(), p.timeline(), p.organization(), p.status().name(),
                List.copyOf(new TreeSet<>(p.reviewers())),
                p.opinions().stream().filter(o -> allOpinions || o.organization().equals(ownOrganization))
                        .map(o -> new OpinionOut(o.organization(), o.opinion().name(), o.comment(), o.authorName(), o.givenAt())).toList(),
                List.copyOf(new TreeSet<>(p.documents())), p.decisionNote(), p.decidedBy(), p.decidedAt(), p.agreementId(),
                p.targets().stream().map(t -> new TargetRef(t.planId(), t.targetCode())).toList(), p.createdAt());
    }

    static AgreementDetails details(AgreementInput in) {
        Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);
        for (String f : in.fields() == null ? List.<String>of() : in.fields()) {
            fields.add(enumValue(CooperationField.class, f, "fields"));
        }
        List<AgreementDetails.MilestoneLine> milestones = in.milestones() == null ? List.of() : in.milestones().stream()
                .map(m -> m == null ? null : new AgreementDetails.MilestoneLine(m.title(), date(m.due(), "milestones.due"),
                        enumValue(MilestoneStatus.class, m.status(), "milestones.status")))
                .toList();
        return new AgreementDetails(in.number(), in.title(), enumValue(AgreementKind.class, in.kind(), "kind"),
                in.parties() == null ? Set.of() : new TreeSet<>(in.parties().stream().filter(java.util.Objects::nonNull).toList()),
                fields, date(in.signedOn(), "signedOn"), date(in.effectiveFrom(), "effectiveFrom"), date(in.effectiveTo(), "effectiveTo"),
                enumValue(AgreementStatus.class, in.status(), "status"), in.contacts(), milestones);
    }

    static List<TargetLink> links(List<TargetRef> refs) {
        if (refs == null) {
            return List.of();
        }
        return refs.stream().map(r -> {
            if (r == null || r.planId() == null || r.code() == null || r.code().isBlank()) {
                throw new InvalidInputException("invalid.link", new vn.hoalac.portal.application.Problem("targets", "problem.targetRef"));
            }
            return new TargetLink(r.planId(), r.code().strip());
        }).toList();
    }

    static LocalDate date(String value, String field) {
        return JsonValues.date(value, field, 1990);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        return JsonValues.enumValue(type, value, field);
    }
}
