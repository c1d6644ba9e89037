package vn.hoalac.portal.interfaces.rest;

import java.util.List;

/**
 * The body of every refused or failed API call: {@code {"error": "...", "details": [...]}}; a refusal of a domain rule
 * adds its stable {@code "code"} (e.g. {@code rule.version.notAwaitingDecision}), the same in every language.
 */
public record ErrorResponse(String error, List<String> details, String code) {

    public ErrorResponse(String error, List<String> details) {
        this(error, details, null);
    }

    public static ErrorResponse of(String error) {
        return new ErrorResponse(error, List.of());
    }
}
