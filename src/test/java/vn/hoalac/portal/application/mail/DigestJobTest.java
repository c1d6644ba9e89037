package vn.hoalac.portal.application.mail;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest's day is Hanoi's, from 07:00 Hanoi time (00:00 UTC), whatever the server's zone. */
class DigestJobTest {

    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    @Test
    void nothingIsDueBeforeSevenInHanoi() {
        assertThat(DigestJob.dueDay(Instant.parse("2026-12-01T23:59:00Z"), SEVEN)).isNull(); // 06:59 on 2 December in Hanoi
    }

    @Test
    void fromSevenInHanoiThatDayIsDueAndStaysDueAllDay() {
        assertThat(DigestJob.dueDay(Instant.parse("2026-12-02T00:00:00Z"), SEVEN)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(DigestJob.dueDay(Instant.parse("2026-12-02T16:59:00Z"), SEVEN)).isEqualTo(LocalDate.of(2026, 12, 2)); // 23:59
    }

    @Test
    void anotherTimeCanBeChosen() {
        assertThat(DigestJob.dueDay(Instant.parse("2026-12-02T02:00:00Z"), LocalTime.of(9, 30))).isNull(); // 09:00 in Hanoi
        assertThat(DigestJob.dueDay(Instant.parse("2026-12-02T02:30:00Z"), LocalTime.of(9, 30))).isEqualTo(LocalDate.of(2026, 12, 2));
    }
}
