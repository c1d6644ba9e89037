package vn.hoalac.portal.application;

/** No such record, or none the caller may read (the two look the same from outside: HTTP 404). */
public class NotFoundException extends RefusalException {

    public NotFoundException(String key, Object... args) {
        super(new Message(key, args));
    }
}
