package vn.hoalac.portal.infrastructure.export;

import vn.hoalac.portal.application.PortalTime;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFormatsTest {

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(ExportFormats.vietnamese(new BigDecimal("20000"))).isEqualTo("20.000");
        assertThat(ExportFormats.vietnamese(new BigDecimal("1234567.25"))).isEqualTo("1.234.567,25");
        assertThat(ExportFormats.vietnamese(new BigDecimal("0.750"))).isEqualTo("0,75");
        assertThat(ExportFormats.vietnamese(null)).isEmpty();
    }

    @Test
    void instantsAreWrittenAsTheDayAndTimeInHanoi() {
        OffsetDateTime evening = OffsetDateTime.parse("2025-08-14T20:30:00Z");

        assertThat(PortalTime.date(evening)).isEqualTo("15/08/2025");
        assertThat(PortalTime.dateTime(evening)).isEqualTo("15/08/2025 03:30");
    }

    @Test
    void firstOfIsTheFirstTextThatIsNotBlank() {
        assertThat(ExportFormats.firstOf(null, "  ", " Mục I ", "x")).isEqualTo("Mục I");
        assertThat(ExportFormats.firstOf(null, "")).isEmpty();
        assertThat(ExportFormats.firstOf()).isEmpty();
    }
}
