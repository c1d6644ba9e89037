package vn.hoalac.portal.application;

import java.util.List;

/**
 * The checks every use case makes on text a person typed, each adding a {@link Problem} to the list: a text over its
 * limit is refused with the limit named, never cut.
 */
public final class Problems {

    private Problems() {
    }

    /** A problem when {@code value} (cleaned) is empty or longer than {@code max} characters. */
    public static void required(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            problems.add(new Problem(field, "problem.required"));
        } else {
            atMost(problems, field, value, max);
        }
    }

    /**
     * The words of the values a person may choose from, "Tiếp thu, Tiếp thu một phần, Không tiếp thu": each value's
     * words are in the bundles under {@code prefix} and its name.
     */
    public static List<Message> words(String prefix, Enum<?>... values) {
        return java.util.Arrays.stream(values).map(v -> new Message(prefix + v.name())).toList();
    }

    /** A problem when {@code value} is longer than {@code max} characters. */
    public static void atMost(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "problem.tooLong", value.length(), max));
        }
    }
}
