package vn.hoalac.portal.interfaces.web.shell;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A number is read and written back in the page's language. */
class DecimalConverterTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void inVietnameseTwelveAndAHalfIsTwelveCommaFiveAndShownSo() {
        assertThat(DecimalConverter.parse("12,5", VI)).isEqualByComparingTo("12.5");
        assertThat(DecimalConverter.parse("20.000", VI)).isEqualByComparingTo("20000");
        assertThat(DecimalConverter.parse("1.250,5", VI)).isEqualByComparingTo("1250.5");
        assertThat(DecimalConverter.format(new BigDecimal("12.50"), VI)).isEqualTo("12,5");
        assertThat(DecimalConverter.format(new BigDecimal("20000"), VI)).isEqualTo("20000");
    }

    @Test
    void inEnglishTheDecimalMarkIsThePointAndACommaThatGroupsNothingIsRefused() {
        assertThat(DecimalConverter.parse("12.5", EN)).isEqualByComparingTo("12.5");
        assertThat(DecimalConverter.parse("20,000", EN)).isEqualByComparingTo("20000");
        assertThat(DecimalConverter.parse("1,250.5", EN)).isEqualByComparingTo("1250.5");
        assertThatThrownBy(() -> DecimalConverter.parse("12,5", EN)).isInstanceOf(NumberFormatException.class);
        assertThat(DecimalConverter.format(new BigDecimal("12.50"), EN)).isEqualTo("12.5");
    }

    @Test
    void whatIsShownReadsBackAsTheSameNumber() {
        for (String n : new String[] {"0.75", "12.5", "20000", "-3.125"}) {
            BigDecimal value = new BigDecimal(n);
            assertThat(DecimalConverter.parse(DecimalConverter.format(value, VI), VI)).isEqualByComparingTo(value);
            assertThat(DecimalConverter.parse(DecimalConverter.format(value, EN), EN)).isEqualByComparingTo(value);
        }
    }
}
