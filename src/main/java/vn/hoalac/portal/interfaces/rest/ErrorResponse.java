package vn.hoalac.portal.interfaces.rest;

import java.util.List;

/**
 * The body of every refused or failed API call: {@code message} in the caller's language (Accept-Language: Vietnamese
 * unless they prefer English), {@code code} the stable key of the refusal (the same in every language, e.g.
 * {@code rule.version.notAwaitingDecision}, {@code invalid.comment}), {@code details} a text for each field to fix,
 * starting with the field's name, and {@code problems} the same as field, code and message. {@code error} is the
 * message again, the field older clients read.
 */
public record ErrorResponse(String error, String message, String code, List<String> details, List<FieldProblem> problems) {

    public ErrorResponse {
        details = List.copyOf(details);
        problems = List.copyOf(problems);
    }

    public ErrorResponse(String code, String message) {
        this(message, message, code, List.of(), List.of());
    }

    /** What is wrong with one field of the request: its name in the API, the stable code and the text. */
    public record FieldProblem(String field, String code, String message) {
    }
}
