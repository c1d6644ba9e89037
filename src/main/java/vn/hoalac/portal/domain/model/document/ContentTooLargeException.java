package vn.hoalac.portal.domain.model.document;

/** The upload is bigger than the configured limit; nothing of it is kept. */
public class ContentTooLargeException extends RuntimeException {

    private final long limit;

    public ContentTooLargeException(long limit) {
        super("the file is larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
