package vn.hoalac.portal.infrastructure.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Why a file could not be read, as a reason code an official's sentence is looked up by (bundles, key
 * {@code extraction.reason.*}), from the parser's exception (kept beside it as the technical detail, for whoever
 * investigates).
 */
final class FailureReasons {

    private record Rule(List<String> clues, String code) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(List.of("encrypted", "password", "decrypt"), ExtractionProblem.ENCRYPTED),
            new Rule(List.of("zip bomb", "zipbomb", "compression ratio", "too many entries", "nested"), ExtractionProblem.COMPRESSION),
            new Rule(List.of("entity", "entityexpansion", "doctype"), ExtractionProblem.ENTITIES),
            new Rule(List.of("eofexception", "unexpected end", "truncated", "missing root", "trailer", "premature end", "end of stream"),
                    ExtractionProblem.TRUNCATED),
            new Rule(List.of("zipexception", "not a zip", "invalid header", "corrupt", "notofficexml", "invalid"), ExtractionProblem.CORRUPT),
            new Rule(List.of("unsupported", "no parser", "emptyparser"), ExtractionProblem.UNSUPPORTED));

    private FailureReasons() {
    }

    /** The reason code for the parser's error, with the error's first line (at most 300 characters) as detail. */
    static ExtractionProblem describe(String parserError) {
        String detail = parserError == null ? "" : parserError.strip().lines().findFirst().orElse("");
        if (detail.length() > 300) {
            detail = detail.substring(0, 300);
        }
        String lower = detail.toLowerCase(Locale.ROOT);
        String code = RULES.stream().filter(r -> r.clues().stream().anyMatch(lower::contains)).map(Rule::code)
                .findFirst().orElse(ExtractionProblem.UNREADABLE);
        return new ExtractionProblem(code, detail);
    }
}
