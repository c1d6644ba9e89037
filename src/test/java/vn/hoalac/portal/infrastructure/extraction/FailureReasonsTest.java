package vn.hoalac.portal.infrastructure.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReasonsTest {

    @Test
    void aTruncatedPdfIsExplainedAndTheParsersWordsKeptAsDetail() {
        String reason = FailureReasons.describe("java.io.IOException: Missing root object specification in trailer.\n\tat org.apache.pdfbox...");
        assertThat(reason).startsWith("Tệp bị cắt cụt hoặc hỏng")
                .endsWith("(chi tiết kỹ thuật: java.io.IOException: Missing root object specification in trailer.)")
                .doesNotContain("at org.apache");
    }

    @Test
    void eachKindOfFailureHasItsOwnSentence() {
        assertThat(FailureReasons.describe("java.io.EOFException")).startsWith("Tệp bị cắt cụt hoặc hỏng");
        assertThat(FailureReasons.describe("org.apache.tika.exception.EncryptedDocumentException: Unable to process: document is encrypted"))
                .startsWith("Tệp được bảo vệ bằng mật khẩu");
        assertThat(FailureReasons.describe("org.apache.tika.exception.ZipBombException: Suspected zip bomb"))
                .startsWith("Tệp nén chứa quá nhiều dữ liệu");
        assertThat(FailureReasons.describe("java.util.zip.ZipException: invalid stored block lengths")).startsWith("Tệp bị hỏng hoặc không đúng định dạng");
        assertThat(FailureReasons.describe("java.lang.IllegalStateException: something new")).isEqualTo(
                "Không đọc được nội dung tệp (chi tiết kỹ thuật: java.lang.IllegalStateException: something new)");
        assertThat(FailureReasons.describe(null)).isEqualTo("Không đọc được nội dung tệp");
    }

    @Test
    void aVeryLongErrorIsCutToThreeHundredCharacters() {
        assertThat(FailureReasons.describe("x".repeat(1000))).hasSizeLessThan(400);
    }
}
