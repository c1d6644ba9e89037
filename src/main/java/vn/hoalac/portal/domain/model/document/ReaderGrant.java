package vn.hoalac.portal.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * One reader token of a document and the record that grants it: {@link #OWN} for the document's own visibility and
 * organization, {@code AGREEMENT:12} or {@code PROPOSAL:5} for a record that lists the file.
 */
@Embeddable
public class ReaderGrant {

    /** The grant of the document itself (its visibility and organization). */
    public static final String OWN = "DOCUMENT";

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "token", nullable = false)
    private String token;

    protected ReaderGrant() {
    }

    public ReaderGrant(String grantedBy, String token) {
        this.grantedBy = Objects.requireNonNull(grantedBy);
        this.token = Objects.requireNonNull(token);
    }

    /** The source of a record's grants: its type and id, as the audit trail names it. */
    public static String record(String type, long id) {
        return type + ":" + id;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public String token() {
        return token;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReaderGrant g && grantedBy.equals(g.grantedBy) && token.equals(g.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grantedBy, token);
    }
}
