package vn.hoalac.portal.application;

/** A signed-in user asked for something their role or organization may not do (HTTP 403). */
public class AccessDeniedException extends RefusalException {

    public AccessDeniedException(String key, Object... args) {
        super(new Message(key, args));
    }
}
