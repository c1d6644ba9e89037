package vn.hoalac.portal.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every visible word comes from the bundles, in both languages. */
class MessageBundleTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vn/hoalac/portal/i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([a-zA-Z0-9.\\-]+)'\\]");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
        vi.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
    }

    @Test
    void vietnameseTextKeepsItsDiacritics() throws IOException {
        assertThat(load("messages.properties").getProperty("app.title")).isEqualTo("Cổng điều hành Đề án Khu công nghệ cao Hòa Lạc");
    }

    @Test
    void vietnameseIsServedEvenWhenTheServerSpeaksEnglish() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.US);
            java.util.ResourceBundle.clearCache();
            var vi = java.util.ResourceBundle.getBundle("vn.hoalac.portal.i18n.messages", java.util.Locale.forLanguageTag("vi"));
            assertThat(vi.getString("menu.home")).isEqualTo("Trang chủ");
            var en = java.util.ResourceBundle.getBundle("vn.hoalac.portal.i18n.messages", java.util.Locale.ENGLISH);
            assertThat(en.getString("menu.home")).isEqualTo("Home");
        } finally {
            java.util.Locale.setDefault(before);
            java.util.ResourceBundle.clearCache();
        }
    }

    @Test
    void everyKeyUsedByAPageExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(page));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRoleAndMenuEntryHasWords() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        for (var role : vn.hoalac.portal.domain.model.identity.Role.values()) {
            assertThat(keys).contains("role." + role.claim(), "home.can." + role.claim());
        }
        for (var kind : vn.hoalac.portal.domain.model.organization.OrganizationKind.values()) {
            assertThat(keys).contains("kind." + kind.name());
        }
        for (var status : vn.hoalac.portal.domain.model.document.ExtractionStatus.values()) {
            assertThat(keys).contains("extraction." + status.name());
        }
        for (var visibility : vn.hoalac.portal.domain.model.document.Visibility.values()) {
            assertThat(keys).contains("visibility." + visibility.name());
        }
    }

    /**
     * No key is written twice in a bundle: the later one would silently win (a merge of two branches that each carried
     * a copy of a block once brought back an old sentence this way).
     */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                int eq = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || eq <= 0 || line.startsWith(" ")) {
                    continue; // comments, blank lines and continuation lines
                }
                String key = trimmed.substring(0, eq).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as(file).isEmpty();
        }
    }
}
