package vn.hoalac.portal.interfaces.rest.plan;

import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.interfaces.rest.JsonValues;
import vn.hoalac.portal.application.plan.PlanComparison;
import vn.hoalac.portal.application.plan.PlanSummary;
import vn.hoalac.portal.application.plan.SealCheck;
import vn.hoalac.portal.application.plan.TargetProgress;
import vn.hoalac.portal.domain.model.plan.Attachment;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanComment;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.ProgressReport;
import vn.hoalac.portal.domain.model.plan.Section;
import vn.hoalac.portal.domain.model.plan.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON of the plans API (design/API.md, Plans). Target values are keyed by year as a string ("2030"). */
public final class PlanJson {

    private PlanJson() {
    }

    public record CreatePlan(String code, String title, Integer horizonYear, Integer visionYear) {
    }

    public record SectionJson(String key, String title, String body) {
    }

    public record TargetJson(String code, String name, String unit, String group, String leadUnit, Map<String, BigDecimal> values) {
    }

    public record AttachmentJson(long documentId, int version, String title, String filename, String sha256) {
    }

    public record Draft(long revision, long targetsRevision, OffsetDateTime changedAt, String changedBy,
                        List<SectionJson> sections, List<TargetJson> targets, List<AttachmentJson> attachments) {
    }

    public record DraftInput(Long revision, List<SectionJson> sections, List<TargetJson> targets) {
    }

    public record Revision(long revision) {
    }

    public record VersionSummary(int number, String status, String note, OffsetDateTime submittedAt, LocalDate reviewDeadline,
                                 List<String> reviewers) {
    }

    public record Summary(long id, String code, String title, int horizonYear, int visionYear, Integer latestVersion,
                          String latestStatus, Integer approvedVersion) {
    }

    public record Detail(long id, String code, String title, int horizonYear, int visionYear, Draft draft,
                         List<VersionSummary> versions) {
    }

    /** The park's answer to a comment. */
    public record Answer(String disposition, String rationale, String answeredBy, OffsetDateTime answeredAt) {
    }

    /**
     * A comment; {@code editedAt} is its reviewer's last edit, {@code withdrawnAt} when they withdrew it (a withdrawn
     * comment's {@code quote} and {@code body} are null for everyone but its author).
     */
    public record CommentJson(long id, String sectionKey, String quote, String body, String author, String organization,
                              OffsetDateTime createdAt, long rowVersion, Answer response, OffsetDateTime editedAt,
                              OffsetDateTime withdrawnAt) {
    }

    public record DecisionJson(String outcome, String conclusion, String noticeNumber, LocalDate noticeDate, String decidedBy,
                               OffsetDateTime decidedAt, String decidedByName) {
    }

    public record SealJson(String sha256, OffsetDateTime sealedAt) {
    }

    public record VersionDetail(int number, String status, String note, OffsetDateTime submittedAt, String submittedBy,
                                LocalDate reviewDeadline, List<String> reviewers, List<SectionJson> sections,
                                List<TargetJson> targets, List<AttachmentJson> attachments, List<CommentJson> comments,
                                DecisionJson decision, SealJson seal, String submittedByName) {
    }

    public record Submitted(int number, String status) {
    }

    public record SubmitInput(String note, List<String> reviewers, String reviewDeadline) {
    }

    public record CommentInput(String sectionKey, String quote, String body) {
    }

    /** A reviewer's new text of their own comment (the section stays). */
    public record CommentEdit(String quote, String body) {
    }

    public record ResponseInput(String disposition, String rationale, Long rowVersion) {
    }

    public record DecisionInput(String outcome, String conclusion, String noticeNumber, String noticeDate) {
    }

    public record AttachInput(Long documentId) {
    }

    public record SectionDiff(String key, String title, String change, String diff) {
    }

    public record TargetChange(String code, String name, Integer year, BigDecimal from, BigDecimal to, String change) {
    }

    public record Comparison(int from, int to, List<SectionDiff> sections, List<TargetChange> targets) {
    }

    public record ProgressInput(String period, BigDecimal actual, String status, String note) {
    }

    public record Progress(String targetCode, String period, BigDecimal actual, String status, String note, String reportedBy,
                           String organization, OffsetDateTime reportedAt) {
    }

    public record TargetTrack(TargetJson target, List<Progress> reports, boolean mayReport) {
    }

    public record SealVerification(boolean intact, String storedSha256, String recomputedSha256, List<String> attachmentProblems) {
    }

    static Summary of(PlanSummary s) {
        return new Summary(s.id(), s.code(), s.title(), s.horizonYear(), s.visionYear(), s.latestVersion(),
                s.latestStatus() == null ? null : s.latestStatus().name(), s.approvedVersion());
    }

    static Draft draft(Plan plan, List<Attachment> attachments) {
        return new Draft(plan.draftRevision(), plan.targetsRevision(), plan.draftChangedAt(), plan.draftChangedBy(),
                plan.sections().stream().map(s -> new SectionJson(s.key(), s.title(), s.body())).toList(),
                plan.targets().stream().map(PlanJson::of).toList(),
                attachments.stream().map(PlanJson::of).toList());
    }

    static VersionSummary summary(PlanVersion v) {
        return new VersionSummary(v.number(), v.status().name(), v.note(), v.submittedAt(), v.reviewDeadline(),
                List.copyOf(new java.util.TreeSet<>(v.reviewers())));
    }

    /**
     * @param showsText whether the caller may read a comment's text (a withdrawn one only its author)
     * @param names the name to show for a user name (the people directory's; the user name when never seen)
     */
    static VersionDetail detail(PlanVersion v, List<PlanComment> comments, java.util.function.Predicate<PlanComment> showsText,
                                java.util.function.Function<String, String> names) {
        PlanContent content = v.content();
        return new VersionDetail(v.number(), v.status().name(), v.note(), v.submittedAt(), v.submittedBy(), v.reviewDeadline(),
                List.copyOf(new java.util.TreeSet<>(v.reviewers())),
                content.sections().stream().map(s -> new SectionJson(s.key(), s.title(), s.body())).toList(),
                content.targets().stream().map(PlanJson::of).toList(),
                content.attachments().stream().map(PlanJson::of).toList(),
                comments.stream().map(c -> of(c, showsText.test(c))).toList(),
                v.decision().map(d -> new DecisionJson(d.outcome().name(), d.conclusion(), d.noticeNumber(), d.noticeDate(),
                        d.decidedBy(), d.decidedAt(), names.apply(d.decidedBy()))).orElse(null),
                v.seal().map(s -> new SealJson(s.sha256(), s.sealedAt())).orElse(null), names.apply(v.submittedBy()));
    }

    static CommentJson of(PlanComment c) {
        return of(c, true);
    }

    static CommentJson of(PlanComment c, boolean showsText) {
        return new CommentJson(c.id(), c.sectionKey(), showsText ? c.quote() : null, showsText ? c.body() : null, c.authorName(),
                c.organization(), c.createdAt(), c.rowVersion(), c.answered()
                ? new Answer(c.disposition().name(), c.rationale(), c.answeredBy(), c.answeredAt()) : null, c.editedAt(),
                c.withdrawnAt());
    }

    static TargetJson of(Target t) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        t.values().forEach((year, value) -> values.put(String.valueOf(year), value));
        return new TargetJson(t.code(), t.name(), t.unit(), t.group(), t.leadUnit(), values);
    }

    static AttachmentJson of(Attachment a) {
        return new AttachmentJson(a.documentId(), a.version(), a.title(), a.filename(), a.sha256());
    }

    static Progress of(ProgressReport r) {
        return new Progress(r.targetCode(), r.period(), r.actual(), r.status().name(), r.note(), r.reportedBy(), r.organization(),
                r.reportedAt());
    }

    static TargetTrack of(TargetProgress p) {
        return new TargetTrack(of(p.target()), p.reports().stream().map(PlanJson::of).toList(), p.mayReport());
    }

    static Comparison of(PlanComparison c) {
        return new Comparison(c.from(), c.to(),
                c.sections().stream().map(s -> new SectionDiff(s.key(), s.title(), s.kind().name(), s.text().unifiedDiff())).toList(),
                c.targets().stream().map(t -> new TargetChange(t.code(), t.name(), t.year(), t.from(), t.to(), t.kind().name())).toList());
    }

    static SealVerification of(SealCheck c, java.util.ResourceBundle bundle) {
        return new SealVerification(c.intact(), c.storedSha256(), c.recomputedSha256(),
                c.attachmentProblems().stream().map(m -> vn.hoalac.portal.interfaces.i18n.RuleMessages.text(bundle, m)).toList());
    }

    /** Null when the request left the sections out (they then stay as they are). */
    static List<Section> sections(List<SectionJson> sections) {
        return sections == null ? null : sections.stream()
                .map(s -> s == null ? null : new Section(s.key(), s.title(), s.body())).toList();
    }

    /** Null when the request left the targets out (they then stay as they are). */
    static List<Target> targets(List<TargetJson> targets) {
        if (targets == null) {
            return null;
        }
        return targets.stream().map(t -> {
            if (t == null) {
                return null;
            }
            TreeMap<Integer, BigDecimal> values = new TreeMap<>();
            if (t.values() != null) {
                t.values().forEach((year, value) -> {
                    try {
                        values.put(Integer.valueOf(year.strip()), value);
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException("invalid.targets",
                                new Problem("targets." + t.code() + ".values", "problem.notAYear", year));
                    }
                });
            }
            try {
                return new Target(t.code(), t.name(), t.unit(), t.group(), t.leadUnit(), values);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid.targets", new Problem("targets." + t.code() + ".values", "problem.decimal"));
            }
        }).toList();
    }

    static LocalDate date(String value, String field) {
        return JsonValues.date(value, field, 2000);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        return JsonValues.enumValue(type, value, field);
    }
}
