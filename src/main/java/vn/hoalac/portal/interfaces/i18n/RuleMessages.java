package vn.hoalac.portal.interfaces.i18n;

import vn.hoalac.portal.domain.model.RuleViolation;
import vn.hoalac.portal.domain.model.Worded;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Puts a refusal of the domain ({@link RuleViolation}) into a person's language from the portal's message bundles;
 * the API's error mapper and the pages' action helper both ask here, so a refusal reads the same in both.
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
}
