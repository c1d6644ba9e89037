package vn.hoalac.portal.interfaces.i18n;

import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.domain.model.RuleViolation;
import vn.hoalac.portal.domain.model.LocalizedName;
import vn.hoalac.portal.domain.model.Worded;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portal's one translator: puts a refusal of the domain ({@link RuleViolation}) or a {@link Message} of the
 * application (a refusal, a field's {@link Problem}) into a person's language from the portal's message bundles; the
 * API's error mapper and the pages' action helper both ask here, so a refusal reads the same in both.
 */
public final class RuleMessages {

    public static final String BUNDLE = "vn.hoalac.portal.i18n.messages";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<String> SPOKEN = Set.of("vi", "en");

    private RuleMessages() {
    }

    /** The first of the caller's languages (best first, as Accept-Language orders them) that the portal speaks; Vietnamese otherwise. */
    public static Locale language(List<Locale> acceptable) {
        return acceptable.stream().filter(l -> SPOKEN.contains(l.getLanguage())).findFirst()
                .map(l -> Locale.forLanguageTag(l.getLanguage())).orElse(VIETNAMESE);
    }

    public static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language);
    }

    /**
     * The refusal's sentence: its pattern from {@code bundle} with the arguments, a {@link Worded} one in words from the
     * same bundle, any other as its plain text (a number stays 12345, never 12.345 or 12,345).
     */
    public static String text(ResourceBundle bundle, RuleViolation violation) {
        Object[] arguments = Arrays.stream(violation.arguments())
                .map(a -> a instanceof Worded worded ? bundle.getString(worded.wordsKey()) : String.valueOf(a))
                .toArray();
        return new MessageFormat(bundle.getString(violation.key()), bundle.getLocale()).format(arguments);
    }

    /**
     * A message's sentence: its pattern from {@code bundle} (a {@link MessageFormat}: numbers come out the reader's way,
     * 10.000 or 10,000, unless the pattern says {@code {0,number,#}}) with its arguments, each {@link Worded} one or
     * nested {@link Message} in words from the same bundle, a day as 05/03/2025, a moment as Hanoi's 05/03/2025 14:30, a
     * collection as its elements separated by commas.
     */
    public static String text(ResourceBundle bundle, Message message) {
        Object[] arguments = Arrays.stream(message.args()).map(a -> argument(bundle, a)).toArray();
        return new MessageFormat(bundle.getString(message.key()), bundle.getLocale()).format(arguments);
    }

    /** A message as the audit trail keeps it: in Vietnamese, the portal's language of record. */
    public static String forAudit(Message message) {
        return text(bundle(VIETNAMESE), message);
    }

    /** What is wrong with the field, without its name (for the place next to its input). */
    public static String text(ResourceBundle bundle, Problem problem) {
        return text(bundle, problem.message());
    }

    /** The field's API name and what is wrong with it, "title: …" (the API's {@code details}, for its users). */
    public static String detail(ResourceBundle bundle, Problem problem) {
        return problem.field() + ": " + text(bundle, problem);
    }

    /** The field's label, "…: " and what is wrong (a page's message where no input of that field is at hand). */
    public static String labelled(ResourceBundle bundle, Problem problem) {
        return label(bundle, problem.field()) + ": " + text(bundle, problem);
    }

    /**
     * The label of a field as the pages name it, from the bundle key {@code field.<name>} ({@code sections[2].title}
     * looks up {@code field.sections.title}; {@code values.2030} {@code field.values}); the name itself when there is none.
     */
    public static String label(ResourceBundle bundle, String field) {
        String name = field.replaceAll("\\[\\d+]", "").replaceAll("\\.\\d+$", "").replaceAll("\\.\\d+\\.", ".");
        for (String key = "field." + name; ; key = key.substring(0, key.lastIndexOf('.'))) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException none) {
                if (key.indexOf('.') == key.lastIndexOf('.')) {
                    return field;
                }
            }
        }
    }

    private static Object argument(ResourceBundle bundle, Object a) {
        return switch (a) {
            case null -> "";
            case Worded worded -> bundle.getString(worded.wordsKey());
            case Message nested -> text(bundle, nested);
            case LocalizedName name -> name.in(bundle.getLocale().getLanguage());
            case LocalDate day -> day.format(PortalTime.DATE);
            case OffsetDateTime at -> PortalTime.dateTime(at);
            case Collection<?> many -> many.stream().map(e -> String.valueOf(argument(bundle, e))).collect(Collectors.joining(", "));
            case Enum<?> constant -> constant.name();
            default -> a;
        };
    }
}
