package vn.hoalac.portal.domain.model.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * The text and metadata extracted from one content (identical bytes are extracted once). Written by the extraction
 * worker; read-only here.
 */
@Entity
@Table(name = "extraction")
public class Extraction {

    @Id
    @Column(name = "sha256")
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private ExtractionStatus status;

    @Column(name = "attempts")
    private int attempts;

    /** Why it failed or is partial: a message key (extraction.reason.*), the sentence is the reader's language's. */
    @Column(name = "error_code")
    private String errorCode;

    /** The technical words behind {@link #errorCode} (the parser's error, a status, a timeout), for whoever investigates. */
    @Column(name = "error")
    private String error;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "language")
    private String language;

    @Column(name = "pages")
    private Integer pages;

    @Column(name = "ocr")
    private boolean ocr;

    @Column(name = "author")
    private String author;

    @Column(name = "created")
    private String created;

    @Column(name = "meta_title")
    private String metaTitle;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "text")
    private String text;

    @Column(name = "text_truncated")
    private boolean textTruncated;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    protected Extraction() {
    }

    public String sha256() { return sha256; }
    public ExtractionStatus status() { return status; }
    public int attempts() { return attempts; }
    public String errorCode() { return errorCode; }
    public String error() { return error; }
    public String contentType() { return contentType; }
    public String language() { return language; }
    public Integer pages() { return pages; }
    public boolean ocr() { return ocr; }
    public String author() { return author; }
    public String created() { return created; }
    public String metaTitle() { return metaTitle; }
    public String text() { return text; }
    public boolean textTruncated() { return textTruncated; }
    public OffsetDateTime finishedAt() { return finishedAt; }
}
