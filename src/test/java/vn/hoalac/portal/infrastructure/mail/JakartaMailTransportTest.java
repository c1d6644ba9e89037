package vn.hoalac.portal.infrastructure.mail;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.mail.OutgoingMail;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The message as it leaves: the Message-ID given (not a random one), the unsubscribe header, text and HTML alternatives. */
class JakartaMailTransportTest {

    @Test
    void theMessageCarriesItsOwnMessageIdTheUnsubscribeLinkAndBothBodies() throws Exception {
        JakartaMailTransport transport = new JakartaMailTransport();
        transport.host = "localhost";
        transport.port = 3025;
        transport.user = Optional.empty();
        transport.password = Optional.empty();
        transport.from = "Cổng Hòa Lạc <no-reply@hoalac.demo>";
        transport.tls = "none";

        MimeMessage m = transport.message(new OutgoingMail("dhbk.gopy@hoalac.demo", "[Cổng Hòa Lạc] Dự thảo lần 2", "Xin chào,",
                "<p>Xin chào,</p>", "<0123456789abcdef0123456789abcdef01234567@localhost>", "http://localhost:8080/unsubscribe?token=t"));

        assertThat(m.getMessageID()).isEqualTo("<0123456789abcdef0123456789abcdef01234567@localhost>");
        assertThat(m.getHeader("List-Unsubscribe")).containsExactly("<http://localhost:8080/unsubscribe?token=t>");
        assertThat(m.getSubject()).isEqualTo("[Cổng Hòa Lạc] Dự thảo lần 2");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("dhbk.gopy@hoalac.demo");
        Multipart parts = (Multipart) m.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
    }
}
