package vn.hoalac.portal.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An obligation or milestone of an agreement, with its due date; an open one past its date is OVERDUE. */
@Entity
@Table(name = "agreement_milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "due", nullable = false)
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MilestoneStatus status;

    protected Milestone() {
    }

    Milestone(Agreement agreement, int position, String title, LocalDate due, MilestoneStatus status) {
        this.agreement = agreement;
        this.position = position;
        this.title = title;
        this.due = due;
        this.status = status;
    }

    void change(int newPosition, String newTitle, LocalDate newDue, MilestoneStatus newStatus, LocalDate today) {
        position = newPosition;
        title = newTitle;
        due = newDue;
        status = newStatus == MilestoneStatus.DONE ? MilestoneStatus.DONE
                : due.isBefore(today) ? MilestoneStatus.OVERDUE : MilestoneStatus.OPEN;
    }

    public Long id() { return id; }
    public int position() { return position; }
    public String title() { return title; }
    public LocalDate due() { return due; }
    public MilestoneStatus status() { return status; }
}
