package vn.hoalac.portal.domain.model.document;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A file of the library with all its versions. Versions are only ever added: a new upload or a restore makes
 * version n+1 current; nothing is overwritten.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description")
    private String description;

    @Column(name = "category")
    private String category;

    @Column(name = "tags", nullable = false)
    private String tags = "";

    @Column(name = "organization", nullable = false)
    private String organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false)
    private Visibility visibility;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    /**
     * Who reads the document, as reader tokens with the record that grants each ({@link ReaderGrant}): its own
     * visibility and organization, and every record (agreement, proposal) that lists it.
     */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "document_reader", joinColumns = @jakarta.persistence.JoinColumn(name = "document_id"))
    private java.util.Set<ReaderGrant> readers = new java.util.HashSet<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("number ASC")
    private List<DocumentVersion> versions = new ArrayList<>();

    protected Document() {
    }

    public Document(String title, String description, String category, List<String> tags, String organization,
                    Visibility visibility, String createdBy, OffsetDateTime now) {
        this.title = title;
        this.description = description;
        this.category = category;
        this.tags = String.join(", ", tags);
        this.organization = organization;
        this.visibility = visibility;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedBy = createdBy;
        this.updatedAt = now;
    }

    /**
     * Adds version n+1 and makes it current.
     *
     * @param baseVersion the version the uploader started from; when it is not the current one any more, someone
     *                    else uploaded in between and this upload must not silently replace theirs
     */
    public DocumentVersion addVersion(StoredContent content, String filename, String declaredType, String note,
                                      Integer restoredFrom, Integer baseVersion, String user, OffsetDateTime now) {
        if (baseVersion != null && baseVersion != currentVersion) {
            throw new StaleVersionException(id, baseVersion, currentVersion, current().map(DocumentVersion::createdBy).orElse(null));
        }
        DocumentVersion version = new DocumentVersion(this, currentVersion + 1, content, filename, declaredType, note,
                restoredFrom, user, now);
        versions.add(version);
        currentVersion = version.number();
        updatedBy = user;
        updatedAt = now;
        return version;
    }

    /**
     * Replaces the reader tokens that {@code grantedBy} gives this document (none: that source no longer grants
     * anything). The other sources' tokens stay as they are.
     */
    public void grant(String grantedBy, java.util.Set<String> tokens) {
        readers.removeIf(g -> g.grantedBy().equals(grantedBy));
        tokens.forEach(t -> readers.add(new ReaderGrant(grantedBy, t)));
    }

    /** Every reader token of the document, whatever grants it. */
    public java.util.Set<String> readers() {
        java.util.Set<String> tokens = new java.util.TreeSet<>();
        readers.forEach(g -> tokens.add(g.token()));
        return tokens;
    }

    public Optional<DocumentVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public Optional<DocumentVersion> current() {
        return version(currentVersion);
    }

    public Long id() { return id; }
    public String title() { return title; }
    public String description() { return description; }
    public String category() { return category; }
    public String organization() { return organization; }
    public Visibility visibility() { return visibility; }
    public int currentVersion() { return currentVersion; }
    public OffsetDateTime createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
    public List<DocumentVersion> versions() { return List.copyOf(versions); }

    public List<String> tags() {
        return tags == null || tags.isBlank() ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
