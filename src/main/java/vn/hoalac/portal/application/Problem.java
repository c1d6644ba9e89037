package vn.hoalac.portal.application;

import java.util.Objects;

/**
 * What is wrong with one field of a request: {@code field} is the field's name in the API ("title", "comment",
 * "sections[2].body"), which the pages also use as the id of the input it belongs next to; {@code message} says what is
 * wrong and how to fix it, without naming the field.
 */
public record Problem(String field, Message message) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public Problem(String field, String key, Object... args) {
        this(field, new Message(key, args));
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
