package vn.hoalac.portal.infrastructure.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

    private static String html(String text, String query) {
        return SearchMarks.toHtml(Snippets.of(text, query));
    }

    @Test
    void unaccentedWordsMarkTheWordsWithTheirDiacritics() {
        assertThat(html("Phát triển Khu công nghệ cao Hòa Lạc đến năm 2030.", "hoa lac"))
                .isEqualTo("Phát triển Khu công nghệ cao <mark>Hòa</mark> <mark>Lạc</mark> đến năm 2030");
        assertThat(html("Đại học Quốc gia Hà Nội", "dai hoc quoc gia"))
                .isEqualTo("<mark>Đại</mark> <mark>học</mark> <mark>Quốc</mark> <mark>gia</mark> Hà Nội");
    }

    @Test
    void thePassageWithTheMostQueryWordsIsShownAndASecondOneAfterAnEllipsis() {
        String filler = "lorem ipsum dolor sit amet ".repeat(20);
        String text = "Sàn giao dịch ở đầu. " + filler + "Sàn giao dịch công nghệ Hòa Lạc ở giữa. " + filler + "cuối văn bản";
        String snippet = html(text, "\"sàn giao dịch công nghệ\"");
        assertThat(snippet).startsWith("ipsum dolor sit amet lorem ipsum dolor sit amet <mark>Sàn").contains("<mark>Sàn</mark> <mark>giao</mark> <mark>dịch</mark> <mark>công</mark> <mark>nghệ</mark> Hòa Lạc ở giữa")
                .contains(" … ").contains("<mark>Sàn</mark> <mark>giao</mark> <mark>dịch</mark> ở đầu")
                .doesNotContain("cuối văn bản");
        assertThat(snippet.split(" ")).hasSizeLessThanOrEqualTo(2 * Snippets.WORDS + 1);
    }

    @Test
    void excludedWordsAndOrAreNotMarkedAndATextWithoutMatchShowsItsBeginning() {
        assertThat(ParsedQuery.parse("hòa lạc -quốc or \"sàn giao\" OR x").words()).extracting(VietnameseAnalysis.Word::folded)
                .containsExactly("hoa", "lac", "san", "giao", "x");
        assertThat(html("Văn bản không có từ khóa nào ở đây, tiêu đề khớp.", "hoa lac"))
                .isEqualTo("Văn bản không có từ khóa nào ở đây, tiêu đề khớp");
        assertThat(html("", "hoa lac")).isEmpty();
    }

    @Test
    void aQueryWithDiacriticsMarksOnlyTheWordsAsWrittenUnlessNoneIsThere() {
        assertThat(html("Do thi moi. Đô thị đại học và thí điểm.", "đô thị"))
                .isEqualTo("Do thi moi. <mark>Đô</mark> <mark>thị</mark> đại học và thí điểm");
        assertThat(html("Chỉ có do thi ở đây.", "đô thị")).isEqualTo("Chỉ có <mark>do</mark> <mark>thi</mark> ở đây");
    }

    @Test
    void markupInTheTextStaysTextAndLineBreaksBecomeSpaces() {
        assertThat(html("<script>alert(1)</script>\n\nHòa   Lạc <img src=x onerror=alert(2)>", "hoa lac"))
                .isEqualTo("script&gt;alert(1)&lt;/script&gt; <mark>Hòa</mark> <mark>Lạc</mark> &lt;img src=x onerror=alert(2");
    }
}
