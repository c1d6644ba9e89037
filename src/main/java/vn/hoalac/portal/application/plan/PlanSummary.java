package vn.hoalac.portal.application.plan;

import vn.hoalac.portal.domain.model.plan.VersionStatus;

import java.time.OffsetDateTime;

/** A plan in lists: its latest version the caller may see and its last approved version, if any. */
public record PlanSummary(long id, String code, String title, int horizonYear, int visionYear,
                          Integer latestVersion, VersionStatus latestStatus, Integer approvedVersion,
                          OffsetDateTime draftChangedAt, String draftChangedBy) {
}
