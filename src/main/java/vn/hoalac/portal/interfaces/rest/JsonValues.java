package vn.hoalac.portal.interfaces.rest;

import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Reading the API's JSON values that need more than JSON-B: dates (YYYY-MM-DD, within sensible years) and codes. */
public final class JsonValues {

    private JsonValues() {
    }

    /** A date, null when absent; a clear 400 when malformed or outside {@code firstYear}..2100. */
    public static LocalDate date(String value, String field, int firstYear) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < firstYear || date.getYear() > 2100) {
                throw new InvalidInputException("invalid.date", new Problem(field, "problem.yearRange", firstYear, 2100));
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid.date", new Problem(field, "problem.dateFormat", value.strip()));
        }
    }

    /** A code of an enumeration, case-insensitive; null when absent; a clear 400 when unknown. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid.value", new Problem(field, "problem.unknownCode", value.strip(), List.of(type.getEnumConstants())));
        }
    }
}
