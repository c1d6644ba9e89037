package vn.hoalac.portal.application;

import java.util.List;

/**
 * The request cannot be carried out as given (HTTP 400): a {@link Message} for the whole and a {@link Problem} for each
 * field to fix.
 */
public class InvalidInputException extends RefusalException {

    private final List<Problem> problems;

    public InvalidInputException(Message message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String key, List<Problem> problems) {
        this(new Message(key), problems);
    }

    public InvalidInputException(String key, Problem problem) {
        this(new Message(key), List.of(problem));
    }

    /** A refusal of the whole request, with no one field to blame. */
    public InvalidInputException(String key, Object... args) {
        this(new Message(key, args), List.of());
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.isEmpty() ? super.getMessage() : super.getMessage() + " " + problems;
    }
}
