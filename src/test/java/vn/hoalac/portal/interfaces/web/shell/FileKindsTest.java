package vn.hoalac.portal.interfaces.web.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** File types in words: the MIME types of the corpus and of common office files, and the words in both languages. */
class FileKindsTest {

    @Test
    void officeFilesPdfsAndImagesAreNamedAsPeopleCallThem() {
        assertThat(FileKinds.key("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a.docx")).isEqualTo("file.kind.word");
        assertThat(FileKinds.key("application/msword", null)).isEqualTo("file.kind.word");
        assertThat(FileKinds.key("application/pdf", "x")).isEqualTo("file.kind.pdf");
        assertThat(FileKinds.key("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null)).isEqualTo("file.kind.spreadsheet");
        assertThat(FileKinds.key("application/vnd.openxmlformats-officedocument.presentationml.presentation", null))
                .isEqualTo("file.kind.presentation");
        assertThat(FileKinds.key("application/vnd.oasis.opendocument.text", "chuong-1.odt")).isEqualTo("file.kind.document");
        assertThat(FileKinds.key("image/png", null)).isEqualTo("file.kind.image");
        assertThat(FileKinds.key("text/plain; charset=UTF-8", null)).as("parameters ignored").isEqualTo("file.kind.text");
        assertThat(FileKinds.key("APPLICATION/PDF", null)).as("in any case").isEqualTo("file.kind.pdf");
    }

    @Test
    void aVagueOrMissingTypeIsNamedByTheFileNameAndOtherwiseSaysSo() {
        assertThat(FileKinds.key(null, "chi-tieu-2030.xlsx")).isEqualTo("file.kind.spreadsheet");
        assertThat(FileKinds.key("application/octet-stream", "to-trinh.DOCX")).isEqualTo("file.kind.word");
        assertThat(FileKinds.key("application/x-tika-ooxml", "bang.pptx")).isEqualTo("file.kind.presentation");
        assertThat(FileKinds.key("application/octet-stream", "du-lieu.bin")).isEqualTo("file.kind.unknown");
        assertThat(FileKinds.key(null, null)).isEqualTo("file.kind.unknown");
        assertThat(FileKinds.key("application/x-sqlite3", "csdl")).isEqualTo("file.kind.other");
    }

    @Test
    void everyKindHasWordsInVietnameseAndEnglish() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(vi.getProperty("file.kind.spreadsheet")).isEqualTo("Bảng tính");
        assertThat(en.getProperty("file.kind.spreadsheet")).isEqualTo("Spreadsheet");
        assertThat(vi.getProperty("file.kind.presentation")).isEqualTo("Trình chiếu");
        assertThat(vi.getProperty("file.kind.image")).isEqualTo("Ảnh");
        for (String kind : new String[]{"word", "pdf", "document", "spreadsheet", "presentation", "image", "text", "web", "archive",
                "email", "audio", "video", "other", "unknown"}) {
            assertThat(vi.getProperty(FileKinds.PREFIX + kind)).as(kind).isNotBlank();
            assertThat(en.getProperty(FileKinds.PREFIX + kind)).as(kind).isNotBlank();
        }
        for (String ext : new String[]{"a.pdf", "a.doc", "a.odt", "a.ods", "a.ppt", "a.txt", "a.html", "a.jpg", "a.zip", "a.eml"}) {
            assertThat(vi.getProperty(FileKinds.key(null, ext))).as(ext).isNotBlank();
        }
        assertThat(vi.getProperty(FileKinds.key("audio/mpeg", null))).isNotBlank();
        assertThat(vi.getProperty(FileKinds.key("video/mp4", null))).isNotBlank();
    }

    static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FileKindsTest.class.getResourceAsStream("/vn/hoalac/portal/i18n/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
