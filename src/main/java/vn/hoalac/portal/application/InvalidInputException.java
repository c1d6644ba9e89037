package vn.hoalac.portal.application;

import java.util.List;

/** The request cannot be carried out as given (HTTP 400); {@code details} says what to fix. */
public class InvalidInputException extends RuntimeException {

    private final List<String> details;

    public InvalidInputException(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    public InvalidInputException(String message) {
        this(message, List.of());
    }

    public List<String> details() {
        return details;
    }
}
