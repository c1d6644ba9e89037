package vn.hoalac.portal.domain.model.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A plan target an accepted proposal serves. */
@Embeddable
public class TargetLink {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "target_code", nullable = false)
    private String targetCode;

    protected TargetLink() {
    }

    public TargetLink(long planId, String targetCode) {
        this.planId = planId;
        this.targetCode = targetCode;
    }

    public long planId() { return planId; }
    public String targetCode() { return targetCode; }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetLink t && t.planId == planId && t.targetCode.equals(targetCode);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(planId) * 31 + targetCode.hashCode();
    }
}
