package vn.hoalac.portal.application;

/** The request does not fit the current state of the record (stale base, not ready yet): HTTP 409. */
public class ConflictException extends RefusalException {

    public ConflictException(String key, Object... args) {
        super(new Message(key, args));
    }

    public ConflictException(Message message, Throwable cause) {
        super(message, cause);
    }
}
