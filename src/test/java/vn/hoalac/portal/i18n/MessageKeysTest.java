package vn.hoalac.portal.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages the Java code says to people (refusals, problems with a field, the words they name) are message keys of
 * the bundles with their arguments, never sentences: every key the sources pass exists in Vietnamese and English, with
 * a pattern that takes exactly the arguments given; and the application and the API construct no refusal from a text.
 */
class MessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/hoalac/portal");
    private static final Path BUNDLES = Path.of("src/main/resources/vn/hoalac/portal/i18n");
    /** The constructions that take a message key (and its arguments). */
    private static final Pattern CALL = Pattern.compile(
            "\\bnew (?:[\\w.]+\\.)?(Message|Problem|InvalidInputException|AccessDeniedException|NotFoundException|ConflictException"
                    + "|TooManyRequestsException|Refused)\\s*\\(|\\b(requireAnyRole|requireDrafter|requireManager|requireEditor)\\s*\\(");
    static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern KEY_PREFIX = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)*\\.");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A key kept in a constant: {@code static final String INVALID_FILE = "invalid.targetsFile";}. */
    private static final Pattern CONSTANT = Pattern.compile("static final String \\w+ = \"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\";");

    /** One construction found: where, the key's expression, and its arguments' expressions (null: not countable). */
    record Use(String where, String keyExpression, List<String> arguments) {
    }

    static List<Use> uses(Path root) {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                Matcher m = CALL.matcher(source);
                while (m.find()) {
                    List<String> args = arguments(source, m.end());
                    String where = root.relativize(file) + ":" + (source.substring(0, m.start()).split("\n", -1).length);
                    String kind = m.group(1) != null ? m.group(1) : m.group(2);
                    Use use = use(kind, where, args);
                    if (use != null) {
                        uses.add(use);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    /** Which argument is the key, and which are its arguments, for each kind of construction. */
    private static Use use(String kind, String where, List<String> args) {
        if (args.isEmpty() || args.getFirst().matches("(final )?String \\w+")) {
            return null; // a declaration: requireDrafter(String actionKey)
        }
        return switch (kind) {
            case "Message", "AccessDeniedException", "NotFoundException", "Refused" -> new Use(where, args.getFirst(), args.subList(1, args.size()));
            case "ConflictException" -> args.getFirst().contains("Message(") ? null : new Use(where, args.getFirst(), args.subList(1, args.size()));
            case "Problem" -> args.size() < 2 || args.size() == 2 && !args.get(1).startsWith("\"")
                    ? null // Problem(field, message), its message counted where it is made
                    : new Use(where, args.get(1), args.subList(2, args.size()));
            case "InvalidInputException" -> {
                if (args.getFirst().contains("Message(") || args.getFirst().equals("message")) {
                    yield null;
                }
                boolean problems = args.size() == 2 && (args.get(1).contains("Problem") || args.get(1).matches("problems|details"));
                yield new Use(where, args.getFirst(), problems ? List.of() : args.subList(1, args.size()));
            }
            case "TooManyRequestsException" -> args.size() < 2 ? null : new Use(where, args.get(1), args.subList(2, args.size()));
            case "requireAnyRole" -> args.size() < 2 ? null : new Use(where, args.get(1), List.of());
            default -> new Use(where, args.getFirst(), List.of()); // requireDrafter("action.…") and its kind
        };
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}, as written. */
    static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                if (c == '"' && source.startsWith("\"\"\"", i)) {
                    end = source.indexOf("\"\"\"", i + 3) + 3;
                } else {
                    while (source.charAt(end) != c) {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    end++;
                }
                current.append(source, i, end);
                i = end - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                current.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (!current.toString().isBlank()) {
                        args.add(current.toString().strip().replaceAll("\\s+", " "));
                    }
                    return args;
                }
                depth--;
                current.append(c);
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip().replaceAll("\\s+", " "));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        throw new IllegalStateException("unbalanced call at " + from);
    }

    /** The keys a key expression names: a literal, each branch of a conditional between literals; none for a name. */
    static List<String> keys(String expression) {
        List<String> keys = new ArrayList<>();
        Matcher m = LITERAL.matcher(expression);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    void everyKeyTheCodeUsesIsInBothBundlesWithAsManyPlaceholdersAsArguments() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Use> uses = uses(SOURCES);
        assertThat(uses).as("the scan finds the constructions").hasSizeGreaterThan(200);
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = load(file);
            for (Use use : uses) {
                for (String key : keys(use.keyExpression()).stream().filter(k -> KEY.matcher(k).matches()).toList()) {
                    String pattern = bundle.getProperty(key);
                    if (pattern == null) {
                        wrong.add(file + ": no " + key + " (" + use.where() + ")");
                    } else if (use.arguments() != null) {
                        int placeholders = new MessageFormat(pattern).getFormatsByArgumentIndex().length;
                        if (placeholders != use.arguments().size()) {
                            wrong.add(file + ": " + key + " has " + placeholders + " placeholders, " + use.where() + " gives "
                                    + use.arguments().size() + " arguments " + use.arguments());
                        }
                    }
                }
            }
            try (Stream<Path> files = Files.walk(SOURCES)) {
                for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = CONSTANT.matcher(Files.readString(source));
                    while (m.find()) {
                        if (bundle.getProperty(m.group(1)) == null && m.group(1).matches("(invalid|problem|denied|notFound|conflict|error|tooMany|action|seal|import|xlsx)\\..*")) {
                            wrong.add(file + ": no " + m.group(1) + " (" + SOURCES.relativize(source) + ")");
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theApplicationAndTheApiRefuseWithKeysNeverWithSentences() {
        List<String> sentences = new ArrayList<>();
        for (String layer : List.of("application", "interfaces/rest", "interfaces/web", "infrastructure/export")) {
            for (Use use : uses(SOURCES.resolve(layer))) {
                // a literal key, a choice between literal keys, a name holding one, or a key prefix and a value's name
                // ("role." + r.claim()): every text in it is a key or a key's prefix, none a sentence or part of one
                if (!keys(use.keyExpression()).stream().allMatch(k -> KEY.matcher(k).matches() || KEY_PREFIX.matcher(k).matches())) {
                    sentences.add(layer + "/" + use.where() + ": " + use.keyExpression());
                }
                for (String argument : use.arguments() == null ? List.<String>of() : use.arguments()) {
                    for (String literal : keys(argument)) {
                        if (literal.codePoints().anyMatch(Character::isLetter) && !literal.codePoints().allMatch(ch -> ch < 128)) {
                            sentences.add(layer + "/" + use.where() + ": an argument in words: \"" + literal + "\"");
                        }
                    }
                }
            }
        }
        assertThat(sentences).as("refusals built from a sentence instead of a message key").isEmpty();
    }

    @Test
    void theScanReadsTheConstructionsItChecks() {
        String source = "throw new InvalidInputException(\"invalid.x\", new Problem(\"title\", \"problem.tooLong\", a.length(), f(1, 2)));";
        assertThat(arguments(source, source.indexOf('(') + 1)).containsExactly("\"invalid.x\"",
                "new Problem(\"title\", \"problem.tooLong\", a.length(), f(1, 2))");
        int problem = source.indexOf("new Problem(") + "new Problem(".length();
        assertThat(arguments(source, problem)).containsExactly("\"title\"", "\"problem.tooLong\"", "a.length()", "f(1, 2)");
        assertThat(keys("x == null ? \"denied.a\" : \"denied.b\"")).containsExactly("denied.a", "denied.b");
        Set<String> sentences = new TreeSet<>();
        for (String key : List.of("\"Thiếu tệp\"", "\"Không có mục \" + key", "\"invalid.file\"", "\"role.\" + r.claim()", "actionKey")) {
            if (!keys(key).stream().allMatch(k -> KEY.matcher(k).matches() || KEY_PREFIX.matcher(k).matches())) {
                sentences.add(key);
            }
        }
        assertThat(sentences).containsExactly("\"Không có mục \" + key", "\"Thiếu tệp\"");
    }

    @Test
    void everyPatternOfTheseKeysWritesItsApostrophesTwiceAndParses() throws IOException {
        List<String> wrong = new ArrayList<>();
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        Set<String> used = new TreeSet<>();
        uses(SOURCES).forEach(u -> used.addAll(keys(u.keyExpression())));
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = load(file);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                if (!used.contains(key) && !key.matches("(invalid|problem|denied|notFound|conflict|tooMany|action|seal|import|xlsx)\\..*")) {
                    continue;
                }
                String pattern = bundle.getProperty(key);
                if (lone.matcher(pattern).find()) {
                    wrong.add(file + ": " + key + " has a single apostrophe (MessageFormat drops it): " + pattern);
                }
                try {
                    new MessageFormat(pattern);
                } catch (IllegalArgumentException e) {
                    wrong.add(file + ": " + key + " does not parse: " + e.getMessage());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
