package vn.hoalac.portal.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One immutable version of a document: the bytes (by SHA-256), the file name and who uploaded it when. */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "filename", nullable = false)
    private String filename;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "size", nullable = false)
    private long size;

    @Column(name = "declared_type")
    private String declaredType;

    @Column(name = "note")
    private String note;

    @Column(name = "restored_from")
    private Integer restoredFrom;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected DocumentVersion() {
    }

    DocumentVersion(Document document, int number, StoredContent content, String filename, String declaredType,
                    String note, Integer restoredFrom, String createdBy, OffsetDateTime createdAt) {
        this.document = document;
        this.number = number;
        this.sha256 = content.sha256();
        this.size = content.size();
        this.filename = filename;
        this.declaredType = declaredType;
        this.note = note;
        this.restoredFrom = restoredFrom;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public Document document() { return document; }
    public int number() { return number; }
    public String filename() { return filename; }
    public String sha256() { return sha256; }
    public long size() { return size; }
    public String declaredType() { return declaredType; }
    public String note() { return note; }
    public Integer restoredFrom() { return restoredFrom; }
    public OffsetDateTime createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }

    /** The content as stored (for a restore). */
    public StoredContent content() {
        return new StoredContent(sha256, size);
    }
}
