package vn.hoalac.portal.i18n;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.Rule;
import vn.hoalac.portal.domain.model.Worded;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal the domain can make has its sentence in Vietnamese and English, and every word it names too. */
class RuleBundleTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vn/hoalac/portal/i18n");
    private static final List<String> FILES = List.of("messages.properties", "messages_en.properties");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    void everyRuleHasASentenceInBothLanguagesThatUsesEachOfItsArguments() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String file : FILES) {
            Properties bundle = load(file);
            for (Rule rule : Rule.values()) {
                String pattern = bundle.getProperty(rule.key());
                if (pattern == null || pattern.isBlank()) {
                    wrong.add(file + ": no " + rule.key());
                    continue;
                }
                Object[] markers = IntStream.range(0, rule.arity()).mapToObj(i -> "<" + i + ">").toArray();
                String text = new MessageFormat(pattern).format(markers);
                Arrays.stream(markers).filter(m -> !text.contains((String) m)).forEach(m -> wrong.add(file + ": " + rule.key() + " leaves out " + m));
                if (text.contains("{") || text.contains("<" + rule.arity() + ">")) {
                    wrong.add(file + ": " + rule.key() + " has a placeholder it does not fill (a single apostrophe?): " + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noTwoRulesShareAKey() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::key)).doesNotHaveDuplicates().allMatch(k -> k.startsWith("rule."));
    }

    @Test
    void everyWordedValueOfTheDomainHasItsWordsInBothLanguages() throws Exception {
        List<Class<?>> worded = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.hoalac.portal.domain")) {
            if (c.isEnum() && c.isAssignableTo(Worded.class)) {
                worded.add(Class.forName(c.getName()));
            }
        }
        assertThat(worded).as("the domain's worded enums").isNotEmpty();
        for (String file : FILES) {
            Properties bundle = load(file);
            for (Class<?> type : worded) {
                for (Object value : type.getEnumConstants()) {
                    String key = ((Worded) value).wordsKey();
                    assertThat(bundle.getProperty(key)).as(file + ": " + key).isNotBlank();
                }
            }
        }
    }
}
