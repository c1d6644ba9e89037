package vn.hoalac.portal.application;

/** The request does not fit the current state of the record (stale base, not ready yet): HTTP 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
