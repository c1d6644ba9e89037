package vn.hoalac.portal.application.plan;

import vn.hoalac.portal.domain.model.plan.Decision;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.Seal;

/**
 * An approved version as it is exported: its frozen content, the committee's decision, the seal, and the name the
 * committee's notice is signed with (the committee member who recorded the decision).
 */
public record SealedVersion(PlanContent content, int number, String note, Decision decision, Seal seal, String signer) {
}
