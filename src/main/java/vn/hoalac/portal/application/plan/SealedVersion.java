package vn.hoalac.portal.application.plan;

import vn.hoalac.portal.domain.model.plan.Decision;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.Seal;

/** An approved version as it is exported: its frozen content, the committee's decision and the seal. */
public record SealedVersion(PlanContent content, int number, String note, Decision decision, Seal seal) {
}
