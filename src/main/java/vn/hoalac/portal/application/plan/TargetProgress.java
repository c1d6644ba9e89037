package vn.hoalac.portal.application.plan;

import vn.hoalac.portal.domain.model.plan.ProgressReport;
import vn.hoalac.portal.domain.model.plan.ProgressStatus;
import vn.hoalac.portal.domain.model.plan.Target;

import java.util.List;

/**
 * A target with the reports on it, oldest period first, as the dashboard shows it: the planned path (its yearly
 * values) against the actual values reported.
 */
public record TargetProgress(Target target, List<ProgressReport> reports, boolean mayReport) {

    public ProgressReport latest() {
        return reports.isEmpty() ? null : reports.getLast();
    }

    public ProgressStatus latestStatus() {
        return reports.isEmpty() ? null : reports.getLast().status();
    }

    public boolean needsAttention() {
        ProgressStatus status = latestStatus();
        return status == ProgressStatus.AT_RISK || status == ProgressStatus.BEHIND;
    }
}
