package vn.hoalac.portal.application.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailPreferenceTest {

    private static final String ADDRESS = "dhbk.gopy@hoalac.demo";

    @Test
    void withoutAChoiceEverythingIsMailedAtOnce() {
        assertThat(EmailPreference.DEFAULT.mailFor(NotificationKind.VERSION_SUBMITTED, ADDRESS)).isEqualTo(EmailMode.IMMEDIATE);
        assertThat(EmailPreference.DEFAULT.mailFor(NotificationKind.VERSION_APPROVED, ADDRESS)).isEqualTo(EmailMode.IMMEDIATE);
    }

    @Test
    void withoutAnAddressNothingIsMailed() {
        assertThat(EmailPreference.DEFAULT.mailFor(NotificationKind.VERSION_APPROVED, null)).isEqualTo(EmailMode.NONE);
        assertThat(EmailPreference.DEFAULT.mailFor(NotificationKind.VERSION_APPROVED, " ")).isEqualTo(EmailMode.NONE);
    }

    @Test
    void theDigestHoldsTheRestWhileUrgentOnesGoAtOnceUnlessThatIsTurnedOff() {
        EmailPreference digest = new EmailPreference(EmailMode.DIGEST, true);
        assertThat(digest.mailFor(NotificationKind.COMMENT_ANSWERED, ADDRESS)).isEqualTo(EmailMode.DIGEST);
        assertThat(digest.mailFor(NotificationKind.REVIEW_DEADLINE_NEAR, ADDRESS)).isEqualTo(EmailMode.IMMEDIATE);
        assertThat(digest.mailFor(NotificationKind.PROPOSAL_DECIDED, ADDRESS)).isEqualTo(EmailMode.IMMEDIATE);
        EmailPreference allDigested = new EmailPreference(EmailMode.DIGEST, false);
        assertThat(allDigested.mailFor(NotificationKind.REVIEW_DEADLINE_NEAR, ADDRESS)).isEqualTo(EmailMode.DIGEST);
    }

    @Test
    void noneMeansTheBellOnlyEvenForUrgentOnes() {
        assertThat(new EmailPreference(EmailMode.NONE, true).mailFor(NotificationKind.VERSION_RETURNED, ADDRESS)).isEqualTo(EmailMode.NONE);
    }
}
