package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialDocumentTest {

    @Test
    void theDateSentenceWritesDaysBelowTenAndJanuaryAndFebruaryWithALeadingZero() {
        assertThat(OfficialDocument.placeAndDate("Hà Nội", LocalDate.of(2024, 7, 12))).isEqualTo("Hà Nội, ngày 12 tháng 7 năm 2024");
        assertThat(OfficialDocument.placeAndDate("Hà Nội", LocalDate.of(2025, 2, 5))).isEqualTo("Hà Nội, ngày 05 tháng 02 năm 2025");
        assertThat(OfficialDocument.placeAndDate("Hà Nội", LocalDate.of(2018, 4, 3))).isEqualTo("Hà Nội, ngày 03 tháng 4 năm 2018");
        assertThat(OfficialDocument.placeAndDate("Hà Nội", LocalDate.of(2025, 12, 31))).isEqualTo("Hà Nội, ngày 31 tháng 12 năm 2025");
    }

    @Test
    void aPartyDocumentCitesADateWithDashes() {
        assertThat(OfficialDocument.citedDate(LocalDate.of(2025, 8, 15))).isEqualTo("15-8-2025");
    }

    @Test
    void theMarginsAreWithinBothRules() {
        float mm = 72f / 25.4f;
        assertThat(OfficialDocument.TOP / mm).isBetween(20f, 25f);
        assertThat(OfficialDocument.BOTTOM / mm).isBetween(20f, 25f);
        assertThat(OfficialDocument.LEFT / mm).isBetween(30f, 35f);
        assertThat(OfficialDocument.RIGHT / mm).isBetween(15f, 20f);
        assertThat(OfficialDocument.portrait().getPageSize().getWidth()).isEqualTo(595f);
    }

    @Test
    void everyVietnameseLetterHasAGlyphInEveryFace() {
        List<String> letters = vietnameseLetters();
        assertThat(letters).hasSizeGreaterThan(2 * 12 * 6);
        for (BaseFont face : List.of(PdfBlocks.Fonts.REGULAR, PdfBlocks.Fonts.BOLD, PdfBlocks.Fonts.ITALIC,
                PdfBlocks.Fonts.BOLD_ITALIC)) {
            for (String letter : letters) {
                assertThat(face.charExists(letter.codePointAt(0)))
                        .as("%s U+%04X in %s", letter, letter.codePointAt(0), face.getPostscriptFontName()).isTrue();
            }
            for (char c : "*-–—·:;,.()/".toCharArray()) {
                assertThat(face.charExists(c)).as("%s in %s", c, face.getPostscriptFontName()).isTrue();
            }
        }
    }

    /** The twelve vowels with each of the six tones, đ and the other letters, in both cases, as single code points. */
    private static List<String> vietnameseLetters() {
        List<String> letters = new ArrayList<>();
        String[] vowels = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        for (String vowel : vowels) {
            for (String tone : tones) {
                String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                assertThat(letter.codePointCount(0, letter.length())).as(vowel + tone).isEqualTo(1);
                letters.add(letter);
                letters.add(letter.toUpperCase(java.util.Locale.ROOT));
            }
        }
        for (char c : "đĐbcdghklmnpqrstvxBCDGHKLMNPQRSTVX".toCharArray()) {
            letters.add(String.valueOf(c));
        }
        return letters;
    }
}
