package vn.hoalac.portal.application.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.application.TextDiff;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.Section;
import vn.hoalac.portal.domain.model.plan.Target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a plan the caller may read: section texts line by line, target values. Number
 * {@link #DRAFT} (0) is the working copy as saved now, for those who read drafts (the park and the committee), so the
 * draft can be set against any submitted version.
 */
@RequestScoped
public class VersionComparison {

    /** The number that stands for the working draft. */
    public static final int DRAFT = 0;

    @Inject
    PlanReview review;

    @Inject
    PlanDrafting drafting;

    @Inject
    PlanRepository plans;

    /** The content of version {@code number}, or of the working draft for {@link #DRAFT}; 404/403 as reading them is. */
    private PlanContent content(long planId, int number) {
        if (number == DRAFT) {
            return drafting.draft(planId).content(plans.attachments(planId));
        }
        return review.version(planId, number).content();
    }

    /** Section texts side by side and the target values that changed between two versions the caller may read. */
    @Transactional
    public PlanComparison compare(long planId, int from, int to) {
        PlanContent a = content(planId, from);
        PlanContent b = content(planId, to);
        List<PlanComparison.SectionChange> sections = new ArrayList<>();
        Map<String, Section> before = a.sections().stream().collect(Collectors.toMap(Section::key, Function.identity()));
        Set<String> seen = new LinkedHashSet<>();
        for (Section s : b.sections()) {
            Section old = before.get(s.key());
            seen.add(s.key());
            List<String> oldLines = old == null ? List.of() : withTitle(old);
            List<String> newLines = withTitle(s);
            PlanComparison.Kind kind = old == null ? PlanComparison.Kind.ADDED
                    : oldLines.equals(newLines) ? PlanComparison.Kind.EQUAL : PlanComparison.Kind.CHANGED;
            sections.add(new PlanComparison.SectionChange(s.key(), s.title(), kind, TextDiff.compare(from, to, oldLines, newLines)));
        }
        for (Section old : a.sections()) {
            if (!seen.contains(old.key())) {
                sections.add(new PlanComparison.SectionChange(old.key(), old.title(), PlanComparison.Kind.REMOVED,
                        TextDiff.compare(from, to, withTitle(old), List.of())));
            }
        }
        return new PlanComparison(from, to, sections, targetChanges(a.targets(), b.targets()));
    }

    static List<PlanComparison.TargetChange> targetChanges(List<Target> before, List<Target> after) {
        Map<String, Target> old = before.stream().collect(Collectors.toMap(Target::code, Function.identity()));
        Set<String> seen = new LinkedHashSet<>();
        List<PlanComparison.TargetChange> changes = new ArrayList<>();
        for (Target t : after) {
            seen.add(t.code());
            Target o = old.get(t.code());
            if (o == null) {
                t.values().forEach((year, value) -> changes.add(new PlanComparison.TargetChange(t.code(), t.name(), year, null, value,
                        PlanComparison.Kind.ADDED)));
                if (t.values().isEmpty()) {
                    changes.add(new PlanComparison.TargetChange(t.code(), t.name(), null, null, null, PlanComparison.Kind.ADDED));
                }
                continue;
            }
            Set<Integer> years = new TreeSet<>(o.values().keySet());
            years.addAll(t.values().keySet());
            for (Integer year : years) {
                BigDecimal x = o.value(year);
                BigDecimal y = t.value(year);
                if (!Objects.equals(x, y)) {
                    changes.add(new PlanComparison.TargetChange(t.code(), t.name(), year, x, y,
                            x == null ? PlanComparison.Kind.ADDED : y == null ? PlanComparison.Kind.REMOVED : PlanComparison.Kind.CHANGED));
                }
            }
        }
        for (Target o : before) {
            if (!seen.contains(o.code())) {
                o.values().forEach((year, value) -> changes.add(new PlanComparison.TargetChange(o.code(), o.name(), year, value, null,
                        PlanComparison.Kind.REMOVED)));
                if (o.values().isEmpty()) {
                    changes.add(new PlanComparison.TargetChange(o.code(), o.name(), null, null, null, PlanComparison.Kind.REMOVED));
                }
            }
        }
        return changes;
    }

    private static List<String> withTitle(Section s) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + s.title());
        lines.addAll(RichText.lines(s.body()));
        return lines;
    }
}
