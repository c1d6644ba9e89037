package vn.hoalac.portal.application.document;

import vn.hoalac.portal.domain.model.document.ExtractionStatus;
import vn.hoalac.portal.domain.model.document.Visibility;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A row of the library: the document and the state of its current version. Serializable: the library page's rows are
 * part of its view state, which moves with the session to another instance.
 */
public record DocumentSummary(long id, String title, String category, List<String> tags, String organization,
                              Visibility visibility, int currentVersion, String filename, long size, String contentType,
                              ExtractionStatus extraction, OffsetDateTime updatedAt, String updatedBy)
        implements java.io.Serializable {

    public boolean unknownType() {
        return extraction == ExtractionStatus.DONE && (contentType == null || contentType.equals("application/octet-stream"));
    }

}
