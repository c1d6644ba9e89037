package vn.hoalac.portal.application;

/**
 * A request the application refuses, with the {@link Message} that tells the person why; {@link #getMessage()} is the
 * key and arguments (for logs), the words come from the bundles in the reader's language.
 */
public abstract class RefusalException extends RuntimeException {

    private final Message message;

    protected RefusalException(Message message, Throwable cause) {
        super(message.toString(), cause);
        this.message = message;
    }

    protected RefusalException(Message message) {
        this(message, null);
    }

    /** Why the request was refused: a message key (also the stable code of the refusal) and its arguments. */
    public Message message() {
        return message;
    }

    public String key() {
        return message.key();
    }
}
