package vn.hoalac.portal.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard messages of Jakarta Faces and PrimeFaces come from the portal's bundles (faces-config.xml's
 * message-bundle) in both languages, and each names the field where the standard one does: the same placeholders.
 */
class FacesMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vn/hoalac/portal/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)[^}]*}");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static Properties standard() throws IOException {
        Properties p = new Properties();
        for (String resource : List.of("jakarta/faces/Messages.properties", "org/primefaces/Messages.properties")) {
            try (InputStream in = FacesMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                p.load(in);
            }
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void theFormsCommonMessagesAreTheBundlesInBothLanguages() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        for (String key : List.of("jakarta.faces.component.UIInput.REQUIRED", "jakarta.faces.converter.DateTimeConverter.DATE",
                "jakarta.faces.converter.NumberConverter.NUMBER", "jakarta.faces.converter.BigDecimalConverter.DECIMAL",
                "jakarta.faces.converter.IntegerConverter.INTEGER", "jakarta.faces.converter.LongConverter.LONG",
                "jakarta.faces.validator.LengthValidator.MAXIMUM", "jakarta.faces.validator.LongRangeValidator.NOT_IN_RANGE")) {
            assertThat(vi.getProperty(key)).as(key).isNotBlank();
            assertThat(vi.getProperty(key + "_detail")).as(key + "_detail").isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank().isNotEqualTo(vi.getProperty(key));
        }
        assertThat(vi.getProperty("jakarta.faces.converter.DateTimeConverter.DATE")).isEqualTo("{2}: „{0}\" không phải là ngày.");
    }

    @Test
    void eachStandardMessageNamesTheFieldWithThePlaceholdersOfTheStandardOne() throws IOException {
        Properties standard = standard();
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties ours = load(file);
            for (String key : ours.stringPropertyNames()) {
                if (!key.startsWith("jakarta.faces.") && !key.startsWith("primefaces.")) {
                    continue;
                }
                String base = key.endsWith("_detail") ? key.substring(0, key.length() - "_detail".length()) : key;
                assertThat(standard.getProperty(key, standard.getProperty(base))).as(file + ": " + key + " is a standard key").isNotNull();
                Set<String> theirs = placeholders(standard.getProperty(key, standard.getProperty(base)));
                Set<String> mine = placeholders(ours.getProperty(key));
                assertThat(theirs).as(file + ": " + key + " uses only what Faces passes").containsAll(mine);
                // the label: the placeholder the standard message starts with ("{2}: ..."), kept in ours
                Matcher label = Pattern.compile("^\\{(\\d)}:").matcher(standard.getProperty(base).strip());
                if (label.find()) {
                    assertThat(mine).as(file + ": " + key + " names the field").contains(label.group(1));
                }
            }
        }
    }
}
