package vn.hoalac.portal.interfaces.mail;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.mail.MailLanguage;
import vn.hoalac.portal.application.mail.MailOutbox;
import vn.hoalac.portal.application.mail.OutgoingMail;
import vn.hoalac.portal.application.notification.OrganizationNames;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationKind;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mails in both languages, with the record's absolute link and the unsubscribe link; digests grouped by record. */
class BundleMailTextsTest {

    private final BundleMailTexts texts = new BundleMailTexts("https://cong.hoalac.example/");
    private static final Instant AT = Instant.parse("2026-12-01T02:30:00Z"); // 09:30 in Hanoi

    private static MailOutbox.Claimed mail(String kind, String locale, String key) {
        return new MailOutbox.Claimed(9, "dhbk.gopy", "dhbk.gopy@hoalac.demo", locale, kind, List.of(1L), key, 1, AT, "claim");
    }

    private static MailOutbox.Notice notice(long id, String type, String recordId, String title) {
        return new MailOutbox.Notice(id, "VERSION_SUBMITTED", type, recordId, title, "Nguyễn Văn Soạn", Map.of(), AT);
    }

    @Test
    void anImmediateMailInVietnameseLinksToTheRecordAndToUnsubscribe() {
        OutgoingMail m = texts.compose(mail("IMMEDIATE", "vi", "VERSION_SUBMITTED:PLAN_VERSION:12/3|dhbk.gopy"),
                List.of(notice(1, "PLAN_VERSION", "12/3", "Đề án <Hòa Lạc> & 2030")), "tok_EN-123");

        assertThat(m.to()).isEqualTo("dhbk.gopy@hoalac.demo");
        assertThat(m.subject()).startsWith("[Cổng Hòa Lạc] ").contains("Đề án <Hòa Lạc> & 2030");
        assertThat(m.text()).startsWith("Xin chào,")
                .contains("Mở trong cổng: https://cong.hoalac.example/plans/version.xhtml?id=12&n=3")
                .contains("01/12/2026 09:30")
                .contains("https://cong.hoalac.example/unsubscribe?token=tok_EN-123");
        assertThat(m.html()).contains("<html lang=\"vi\"")
                .contains("Đề án &lt;Hòa Lạc&gt; &amp; 2030")
                .contains("href=\"https://cong.hoalac.example/plans/version.xhtml?id=12&amp;n=3\"")
                .doesNotContain("<Hòa Lạc>");
        assertThat(m.unsubscribeUrl()).isEqualTo("https://cong.hoalac.example/unsubscribe?token=tok_EN-123");
    }

    @Test
    void anEnglishRecipientGetsEnglish() {
        OutgoingMail m = texts.compose(mail("IMMEDIATE", "en-US", "k"), List.of(notice(1, "AGREEMENT", "4", "Thỏa thuận")), "t");
        assertThat(m.subject()).startsWith("[Hoa Lac portal] ");
        assertThat(m.text()).startsWith("Hello,").contains("Open in the portal: https://cong.hoalac.example/agreements/view.xhtml?id=4")
                .contains("No more e-mail?");
        assertThat(m.html()).contains("<html lang=\"en\"").contains(">Unsubscribe</a>");
        assertThat(m.unsubscribeUrl()).as("the landing page in the mail's language").isEqualTo("https://cong.hoalac.example/unsubscribe?token=t&lang=en");
    }

    @Test
    void aUniversityIsNamedInTheMailsLanguageNotByItsCode() {
        BundleMailTexts named = new BundleMailTexts("https://cong.hoalac.example/", new OrganizationNames(new OrganizationRepository() {
            @Override
            public List<Organization> findAll() {
                return List.of(new Organization("DHBK", "Đại học Bách khoa Hà Nội", "Hanoi University of Science and Technology",
                        OrganizationKind.UNIVERSITY));
            }

            @Override
            public java.util.Optional<Organization> find(String code) {
                return findAll().stream().filter(o -> o.code().equals(code)).findFirst();
            }
        }));
        MailOutbox.Notice opinion = new MailOutbox.Notice(1, "PROPOSAL_OPINION", "PROPOSAL", "4", "Phòng thí nghiệm chung", "Trần Góp Ý",
                Map.of("organization", "DHBK", "opinion", "SUPPORT"), AT);
        assertThat(named.compose(mail("IMMEDIATE", "en", "k"), List.of(opinion), "t").subject())
                .contains("Hanoi University of Science and Technology").doesNotContain("DHBK");
        assertThat(named.compose(mail("DIGEST", "vi", "digest|dhbk.gopy|2026-12-01"), List.of(opinion), "t").text())
                .contains("Đại học Bách khoa Hà Nội").doesNotContain("DHBK");
    }

    @Test
    void theMessageIdComesFromTheIdempotencyKey() {
        OutgoingMail first = texts.compose(mail("IMMEDIATE", "vi", "E1|dhbk.gopy"), List.of(notice(1, "PLAN", "1", "A")), "t");
        OutgoingMail again = texts.compose(mail("IMMEDIATE", "vi", "E1|dhbk.gopy"), List.of(notice(1, "PLAN", "1", "A")), "t");
        OutgoingMail other = texts.compose(mail("IMMEDIATE", "vi", "E2|dhbk.gopy"), List.of(notice(1, "PLAN", "1", "A")), "t");
        assertThat(first.messageId()).isEqualTo(again.messageId()).matches("<[0-9a-f]{40}@cong\\.hoalac\\.example>");
        assertThat(other.messageId()).isNotEqualTo(first.messageId());
    }

    @Test
    void aDigestListsItsNotificationsGroupedByRecord() {
        OutgoingMail m = texts.compose(mail("DIGEST", "vi", "digest|dhbk.gopy|2026-12-02"),
                List.of(notice(1, "PLAN", "1", "Đề án A"), notice(2, "AGREEMENT", "3", "Thỏa thuận B"), notice(3, "PLAN", "1", "Đề án A")),
                "t");
        assertThat(m.subject()).isEqualTo("[Cổng Hòa Lạc] Tóm tắt thông báo ngày 02/12/2026: 3 thông báo");
        String text = m.text();
        assertThat(text).containsOnlyOnce("== Đề án A ==").containsOnlyOnce("== Thỏa thuận B ==")
                .contains("https://cong.hoalac.example/plans/plan.xhtml?id=1")
                .contains("https://cong.hoalac.example/agreements/view.xhtml?id=3");
        String planGroup = text.substring(text.indexOf("== Đề án A =="), text.indexOf("== Thỏa thuận B =="));
        assertThat(planGroup.split("\n- ", -1)).hasSize(3); // the plan's two notifications together
    }

    @Test
    void localesFromTheIdentityProviderMapToTheTwoLanguages() {
        assertThat(MailLanguage.of("en")).isEqualTo("en");
        assertThat(MailLanguage.of("en-GB")).isEqualTo("en");
        assertThat(MailLanguage.of("vi")).isEqualTo("vi");
        assertThat(MailLanguage.of(null)).isEqualTo("vi");
        assertThat(MailLanguage.of("fr")).isEqualTo("vi");
    }
}
