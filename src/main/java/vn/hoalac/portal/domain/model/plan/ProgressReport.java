package vn.hoalac.portal.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The actual value of a target in a period (sơ kết 6 tháng "2025-H1", tổng kết năm "2025"), with its status. */
@Entity
@Table(name = "target_progress")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "target_code", nullable = false)
    private String targetCode;

    @Column(name = "period", nullable = false)
    private String period;

    @Column(name = "actual", nullable = false)
    private BigDecimal actual;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProgressStatus status;

    @Column(name = "note")
    private String note;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "organization", nullable = false)
    private String organization;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    protected ProgressReport() {
    }

    public ProgressReport(long planId, String targetCode, String period, BigDecimal actual, ProgressStatus status, String note,
                          String reportedBy, String organization, OffsetDateTime now) {
        this.planId = planId;
        this.targetCode = targetCode;
        this.period = period;
        update(actual, status, note, reportedBy, organization, now);
    }

    /** A corrected report for the same period replaces the earlier one (the audit trail keeps both). */
    public void update(BigDecimal newActual, ProgressStatus newStatus, String newNote, String user, String org, OffsetDateTime now) {
        actual = Target.normalise(newActual);
        status = newStatus;
        note = newNote;
        reportedBy = user;
        organization = org;
        reportedAt = now;
    }

    /** The year a period belongs to: 2025 for "2025-H1" and "2025". */
    public int year() {
        return Integer.parseInt(period.substring(0, 4));
    }

    public Long id() { return id; }
    public long planId() { return planId; }
    public String targetCode() { return targetCode; }
    public String period() { return period; }
    public BigDecimal actual() { return actual; }
    public ProgressStatus status() { return status; }
    public String note() { return note; }
    public String reportedBy() { return reportedBy; }
    public String organization() { return organization; }
    public OffsetDateTime reportedAt() { return reportedAt; }
}
