package vn.hoalac.portal.interfaces.web.audit;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditLog;
import vn.hoalac.portal.domain.model.identity.Person;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail in words: one sentence per action in both languages, with the actor's name and the record's label. */
class AuditSentencesTest {

    private static final Person SOAN = new Person("bql.soan", "Nguyễn Văn Soạn", "BQL", null, null);
    private static final Person DUYET = new Person("bcd.pheduyet", "Đặng Quốc Duyệt", "BCD07", null, null);

    private static AuditSentences in(String language) {
        Locale locale = Locale.forLanguageTag(language);
        // the bundles as the pages read them: Vietnamese is the base, whatever the JVM's own locale
        ResourceBundle bundle = ResourceBundle.getBundle("vn.hoalac.portal.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return new AuditSentences(bundle, locale);
    }

    private static AuditLog.Event event(String actor, String organization, AuditAction action, String type, String id) {
        return new AuditLog.Event(7, OffsetDateTime.now(), actor, organization, action.name(), type, id, "notice 1857-TB/TU", null, "ab");
    }

    @Test
    void anApprovalReadsAsASentenceInVietnameseAndEnglish() {
        AuditLog.Event approved = event("bcd.pheduyet", "BCD07", AuditAction.VERSION_APPROVED, "PLAN_VERSION", "1/2");
        AuditLog.Subject plan = new AuditLog.Subject("DA-HOALAC-2030", 2);
        assertThat(in("vi").sentence(approved, DUYET, plan)).isEqualTo("Đặng Quốc Duyệt (BCD07) đã phê duyệt dự thảo lần 2 của DA-HOALAC-2030");
        assertThat(in("en").sentence(approved, DUYET, plan)).isEqualTo("Đặng Quốc Duyệt (BCD07) approved draft version 2 of DA-HOALAC-2030");
    }

    @Test
    void aDocumentIsNamedByItsTitleAndSomeoneNeverSeenByTheirUserName() {
        AuditLog.Event uploaded = event("bql.soan", "BQL", AuditAction.DOCUMENT_UPLOADED, "DOCUMENT", "42");
        assertThat(in("vi").sentence(uploaded, SOAN, new AuditLog.Subject("Tờ trình đề án", null)))
                .isEqualTo("Nguyễn Văn Soạn (BQL) đã tải lên tài liệu “Tờ trình đề án”");
        assertThat(in("en").sentence(uploaded, null, AuditLog.Subject.NONE))
                .as("no directory entry, no label: the user name and the id").isEqualTo("bql.soan (BQL) uploaded the document “42”");
    }

    @Test
    void theSystemsOwnEventsSaySo() {
        AuditLog.Event refreshed = event("system", null, AuditAction.AGREEMENT_STATUS_REFRESHED, "AGREEMENT", "3");
        assertThat(in("vi").sentence(refreshed, null, new AuditLog.Subject("12/2024/TTHT-BQL-ĐHBK", null)))
                .isEqualTo("Hệ thống đã cập nhật trạng thái thỏa thuận 12/2024/TTHT-BQL-ĐHBK");
        assertThat(in("en").sentence(refreshed, null, new AuditLog.Subject("12/2024/TTHT-BQL-ĐHBK", null)))
                .isEqualTo("The system updated the status of the agreement 12/2024/TTHT-BQL-ĐHBK");
    }

    @Test
    void everyActionHasASentenceAndWordsInBothLanguagesThatNameTheActor() {
        for (String language : new String[]{"vi", "en"}) {
            AuditSentences sentences = in(language);
            for (AuditAction action : AuditAction.values()) {
                String sentence = sentences.sentence(event("bql.soan", "BQL", action, "PLAN_VERSION", "1/3"), SOAN,
                        new AuditLog.Subject("DA-HOALAC-2030", 3));
                assertThat(sentence).as(language + " " + action).startsWith("Nguyễn Văn Soạn (BQL) ").doesNotContain(action.name())
                        .doesNotContain("{");
                assertThat(sentences.action(action.name())).as(language + " " + action).isNotEqualTo(action.name()).isNotBlank();
            }
        }
        assertThat(in("vi").action("VERSION_APPROVED")).isEqualTo("Phê duyệt dự thảo");
        assertThat(in("en").action("VERSION_APPROVED")).isEqualTo("Draft approved");
    }

    @Test
    void anActionTheBundlesDoNotKnowStillShowsWhoAndWhat() {
        AuditLog.Event future = new AuditLog.Event(8, OffsetDateTime.now(), "bql.soan", "BQL", "SOMETHING_NEW", "PLAN", "1", "", null, "cd");
        assertThat(in("vi").sentence(future, SOAN, new AuditLog.Subject("DA-HOALAC-2030", null)))
                .isEqualTo("Nguyễn Văn Soạn (BQL): SOMETHING_NEW (DA-HOALAC-2030)");
    }
}
