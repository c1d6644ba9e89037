package vn.hoalac.portal.interfaces.rest;

import java.util.List;

/** The body of every refused or failed API call: {@code {"error": "...", "details": [...]}}. */
public record ErrorResponse(String error, List<String> details) {

    public static ErrorResponse of(String error) {
        return new ErrorResponse(error, List.of());
    }
}
