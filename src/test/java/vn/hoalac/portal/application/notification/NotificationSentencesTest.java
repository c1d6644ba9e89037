package vn.hoalac.portal.application.notification;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationKind;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of notification can be said in both languages, with every detail its publisher gives. */
class NotificationSentencesTest {

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/vn/hoalac/portal/i18n", file), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    void everyKindHasItsSentenceInVietnameseAndEnglishReadingOnlyTheArgumentsItIsGiven() throws IOException {
        for (String file : new String[]{"messages.properties", "messages_en.properties"}) {
            Properties bundle = load(file);
            for (NotificationKind kind : NotificationKind.values()) {
                String pattern = bundle.getProperty(NotificationSentences.key(kind));
                assertThat(pattern).as(file + ": " + kind).isNotBlank();
                assertThat(NotificationSentences.ARGS).as(kind + " names its arguments").containsKey(kind);
                int arguments = new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
                assertThat(arguments).as(file + ": " + kind + " reads no argument beyond {0} actor, {1} title and its own")
                        .isLessThanOrEqualTo(2 + NotificationSentences.ARGS.get(kind).size());
            }
            assertThat(bundle.getProperty("notification.actor.portal")).isNotBlank();
        }
    }

    @Test
    void aDecisionSaysItsNoticeAndTheVersionNumberComesFromTheRecord() {
        Message m = NotificationSentences.sentence(NotificationKind.VERSION_APPROVED, "Đặng Quốc Duyệt", "DA-HOALAC-2030", "PLAN_VERSION", "12/3",
                Map.of("notice", "1857-TB/TU"));
        assertThat(m.key()).isEqualTo("notification.kind.VERSION_APPROVED");
        assertThat(m.args()).containsExactly("Đặng Quốc Duyệt", "DA-HOALAC-2030", "3", "1857-TB/TU");
    }

    @Test
    void daysAreDaysCodesAreWordsAndThePortalNamesItself() {
        Message m = NotificationSentences.sentence(NotificationKind.VERSION_SUBMITTED, null, "DA", "PLAN_VERSION", "12/1",
                Map.of("number", "1", "deadline", "2026-12-31"));
        assertThat(m.args()).containsExactly(new Message("notification.actor.portal"), "DA", "1", LocalDate.of(2026, 12, 31));
        Message opinion = NotificationSentences.sentence(NotificationKind.PROPOSAL_OPINION, "x", "P", "PROPOSAL", "4",
                Map.of("organization", "DHBK", "opinion", "OPPOSE"));
        assertThat(opinion.args()[3]).isEqualTo(new Message("opinion.OPPOSE"));
    }

    @Test
    void universitiesAreNamedByTheirNameInTheReadersLanguageNotByTheirCode() {
        OrganizationNames names = new OrganizationNames(new OrganizationRepository() {
            @Override
            public List<Organization> findAll() {
                return List.of(new Organization("DHBK", "Đại học Bách khoa Hà Nội", "Hanoi University of Science and Technology", OrganizationKind.UNIVERSITY),
                        new Organization("HVNN", "Học viện Nông nghiệp Việt Nam", "Vietnam National University of Agriculture", OrganizationKind.UNIVERSITY));
            }

            @Override
            public Optional<Organization> find(String code) {
                return findAll().stream().filter(o -> o.code().equals(code)).findFirst();
            }
        });
        Message opinion = NotificationSentences.sentence(NotificationKind.PROPOSAL_OPINION, "Trần Góp Ý", "Phòng thí nghiệm chung",
                "PROPOSAL", "4", Map.of("organization", "DHBK", "opinion", "SUPPORT"), names.lookup());
        Message missed = NotificationSentences.sentence(NotificationKind.REVIEW_DEADLINE_MISSED, null, "DA-HOALAC-2030",
                "PLAN_VERSION", "12/3", Map.of("number", "3", "deadline", "2026-12-01", "universities", "DHBK, HVNN, XYZ"), names.lookup());

        String vi = RuleMessages.text(RuleMessages.bundle(Locale.forLanguageTag("vi")), opinion);
        String en = RuleMessages.text(RuleMessages.bundle(Locale.ENGLISH), opinion);
        assertThat(vi).contains("Đại học Bách khoa Hà Nội").doesNotContain("DHBK");
        assertThat(en).contains("Hanoi University of Science and Technology").doesNotContain("DHBK").doesNotContain("Bách khoa");
        assertThat(RuleMessages.text(RuleMessages.bundle(Locale.ENGLISH), missed))
                .contains("Hanoi University of Science and Technology, Vietnam National University of Agriculture, XYZ");
        assertThat(RuleMessages.text(RuleMessages.bundle(Locale.forLanguageTag("vi")), missed))
                .contains("Đại học Bách khoa Hà Nội, Học viện Nông nghiệp Việt Nam, XYZ");
    }
}
