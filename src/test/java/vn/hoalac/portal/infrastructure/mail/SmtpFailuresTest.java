package vn.hoalac.portal.infrastructure.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are never tried again (the server refused) and which are (the server is away or busy). */
class SmtpFailuresTest {

    @Test
    void aRecipientRefusedWith5xxIsPermanent() {
        MessagingException refused = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <x@refused.invalid>: no such mailbox"));
        assertThat(SmtpFailures.permanent(refused)).isTrue();
        assertThat(SmtpFailures.describe(refused)).isEqualTo("550 5.1.1 <x@refused.invalid>: no such mailbox");
        assertThat(SmtpFailures.permanent(new MessagingException("552 5.2.2 mailbox full"))).isTrue();
    }

    @Test
    void aRefusalThatIsTheServersOrThePortalsSideIsTriedAgainNotBlamedOnTheRecipient() {
        assertThat(SmtpFailures.permanent(new MessagingException("535 5.7.8 Authentication credentials invalid")))
                .as("a rotated SMTP password must not mark every mail refused for good").isFalse();
        assertThat(SmtpFailures.permanent(new MessagingException("530 5.7.0 Must issue a STARTTLS command first"))).isFalse();
        assertThat(SmtpFailures.permanent(new MessagingException("554 5.7.1 Relay access denied"))).isFalse();
        assertThat(SmtpFailures.permanent(new MessagingException("553 sender address rejected"))).as("MAIL FROM refused").isFalse();
    }

    @Test
    void anAddressThatIsNoAddressIsPermanent() {
        assertThat(SmtpFailures.permanent(new AddressException("Missing final '@domain'", "x"))).isTrue();
    }

    @Test
    void a4xxReplyANoConnectionOrATimeoutIsTemporary() {
        assertThat(SmtpFailures.permanent(new SendFailedException("Invalid Addresses",
                new MessagingException("450 4.2.1 mailbox busy, try later")))).isFalse();
        assertThat(SmtpFailures.permanent(new MessagingException("421 4.3.2 shutting down"))).isFalse();
        MessagingException noServer = new MessagingException("Could not connect to SMTP host: localhost, port: 3025",
                new ConnectException("Connection refused"));
        assertThat(SmtpFailures.permanent(noServer)).isFalse();
        assertThat(SmtpFailures.describe(noServer)).contains("Could not connect").contains("Connection refused");
        assertThat(SmtpFailures.permanent(new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out")))).isFalse();
    }

    @Test
    void anythingElseIsTriedAgain() {
        assertThat(SmtpFailures.permanent(new MessagingException("something odd"))).isFalse();
        assertThat(SmtpFailures.permanent(new IllegalStateException("not connected"))).isFalse();
    }
}
