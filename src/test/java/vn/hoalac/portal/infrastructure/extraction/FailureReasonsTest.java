package vn.hoalac.portal.infrastructure.extraction;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReasonsTest {

    @Test
    void aTruncatedPdfIsGivenItsReasonCodeAndTheParsersWordsKeptAsDetail() {
        ExtractionProblem reason = FailureReasons.describe("java.io.IOException: Missing root object specification in trailer.\n\tat org.apache.pdfbox...");
        assertThat(reason.code()).isEqualTo("extraction.reason.truncated");
        assertThat(reason.detail()).isEqualTo("java.io.IOException: Missing root object specification in trailer.");
    }

    @Test
    void eachKindOfFailureHasItsOwnCode() {
        assertThat(FailureReasons.describe("java.io.EOFException").code()).isEqualTo("extraction.reason.truncated");
        assertThat(FailureReasons.describe("org.apache.tika.exception.EncryptedDocumentException: Unable to process: document is encrypted")
                .code()).isEqualTo("extraction.reason.encrypted");
        assertThat(FailureReasons.describe("org.apache.tika.exception.ZipBombException: Suspected zip bomb").code())
                .isEqualTo("extraction.reason.compression");
        assertThat(FailureReasons.describe("java.util.zip.ZipException: invalid stored block lengths").code()).isEqualTo("extraction.reason.corrupt");
        assertThat(FailureReasons.describe("java.lang.IllegalStateException: something new"))
                .isEqualTo(new ExtractionProblem("extraction.reason.unreadable", "java.lang.IllegalStateException: something new"));
        assertThat(FailureReasons.describe(null)).isEqualTo(new ExtractionProblem("extraction.reason.unreadable", null));
    }

    @Test
    void everyReasonReadsInVietnameseAndInEnglish() {
        ResourceBundle vi = ResourceBundle.getBundle("vn.hoalac.portal.i18n.messages", Locale.forLanguageTag("vi"));
        ResourceBundle en = ResourceBundle.getBundle("vn.hoalac.portal.i18n.messages", Locale.ENGLISH);
        for (var field : ExtractionProblem.class.getDeclaredFields()) {
            if (field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers()) && !field.getName().equals("PREFIX")) {
                String code;
                try {
                    code = (String) field.get(null);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
                assertThat(vi.getString(code)).as(code).isNotBlank().isNotEqualTo(en.getString(code));
            }
        }
        assertThat(en.getString("extraction.reason.truncated")).startsWith("The file is truncated");
    }

    @Test
    void aVeryLongErrorIsCutToThreeHundredCharacters() {
        assertThat(FailureReasons.describe("x".repeat(1000)).detail()).hasSize(300);
    }
}
