package vn.hoalac.portal.domain.model.document;

public enum ExtractionStatus {
    PENDING,
    PROCESSING,
    DONE,
    FAILED;

    public boolean isFinal() {
        return this == DONE || this == FAILED;
    }
}
