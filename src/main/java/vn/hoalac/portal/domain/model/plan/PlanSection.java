package vn.hoalac.portal.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A section of the working copy. Its own revision lets two people edit different sections without conflict. */
@Entity
@Table(name = "plan_section")
public class PlanSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "section_key", nullable = false)
    private String key;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected PlanSection() {
    }

    PlanSection(Plan plan, String key, int position, String title, String body, String user, OffsetDateTime now) {
        this.plan = plan;
        this.key = key;
        this.position = position;
        this.title = title;
        this.body = body;
        this.revision = 1;
        this.changedBy = user;
        this.changedAt = now;
    }

    /** @return whether anything changed */
    boolean change(String newTitle, String newBody, String user, OffsetDateTime now) {
        if (title.equals(newTitle) && body.equals(newBody)) {
            return false;
        }
        title = newTitle;
        body = newBody;
        revision++;
        changedBy = user;
        changedAt = now;
        return true;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    public Section toSection() {
        return new Section(key, title, body);
    }

    public Long id() { return id; }
    public String key() { return key; }
    public int position() { return position; }
    public String title() { return title; }
    public String body() { return body; }
    public long revision() { return revision; }
    public OffsetDateTime changedAt() { return changedAt; }
    public String changedBy() { return changedBy; }
}
