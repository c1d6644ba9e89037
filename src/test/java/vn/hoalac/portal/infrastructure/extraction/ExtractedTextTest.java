package vn.hoalac.portal.infrastructure.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text and metadata from tika-server are cleaned of what PostgreSQL cannot store, and nothing else. */
class ExtractedTextTest {

    @Test
    void nulCharactersAndUnpairedSurrogatesAreCleanedFromTextAndMetadata() {
        ExtractedText t = new ExtractedText("Hòa\0 Lạc \uD800x \uDC00y", false, "application/onenote", 1,
                "Tác\0giả", "2024\0", "Tiêu đề\0", "vi\0", false, null);
        assertThat(t.text()).isEqualTo("Hòa Lạc \uFFFDx \uFFFDy");
        assertThat(t.author()).isEqualTo("Tácgiả");
        assertThat(t.title()).isEqualTo("Tiêu đề");
        assertThat(t.created()).isEqualTo("2024");
        assertThat(t.language()).isEqualTo("vi");
        assertThat(t.warning()).isNull();
    }

    @Test
    void cleanTextIsKeptAsItIsWithItsSurrogatePairs() {
        String text = "Khu công nghệ cao 😀 Hòa Lạc 𠀀";
        assertThat(ExtractedText.storable(text)).isSameAs(text);
        assertThat(ExtractedText.storable("a😀\0b")).isEqualTo("a😀b");
        assertThat(ExtractedText.storable("\uD83D")).isEqualTo("\uFFFD");
    }
}
