package vn.hoalac.portal.application;

/** The database cannot be reached right now: nothing was done, the user may try again (HTTP 503). */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(Throwable cause) {
        super("the database cannot be reached", cause);
    }
}
