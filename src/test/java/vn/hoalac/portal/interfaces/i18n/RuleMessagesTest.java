package vn.hoalac.portal.interfaces.i18n;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.Problems;
import vn.hoalac.portal.domain.model.Rule;
import vn.hoalac.portal.domain.model.RuleViolation;
import vn.hoalac.portal.domain.model.plan.Disposition;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal reads, in Vietnamese, word for word what the portal answered before the rules moved into the aggregates. */
class RuleMessagesTest {

    private static final ResourceBundle VI = RuleMessages.bundle(Locale.forLanguageTag("vi"));
    private static final ResourceBundle EN = RuleMessages.bundle(Locale.ENGLISH);

    private static String vi(Rule rule, Object... arguments) {
        return RuleMessages.text(VI, new RuleViolation(rule, arguments));
    }

    @Test
    void theVietnameseSentencesAreTheOnesUsersKnow() {
        assertThat(vi(Rule.PLAN_VERSION_OPEN, 1, VersionStatus.IN_REVIEW))
                .isEqualTo("Dự thảo lần 1 đang lấy ý kiến; chỉ gửi phiên bản mới khi nó đã được phê duyệt hoặc trả lại");
        assertThat(vi(Rule.PLAN_DRAFT_EMPTY)).isEqualTo("Bản dự thảo chưa có mục nào");
        assertThat(vi(Rule.VERSION_REVIEW_CLOSED, 2, VersionStatus.APPROVED)).isEqualTo("Dự thảo lần 2 đã kết thúc lấy ý kiến (đã được phê duyệt)");
        assertThat(vi(Rule.VERSION_DEADLINE_PASSED, LocalDate.of(2026, 12, 1))).isEqualTo("Đã quá hạn góp ý (2026-12-01)");
        assertThat(vi(Rule.VERSION_ANSWERS_CLOSED, 1, VersionStatus.SUBMITTED_FOR_APPROVAL))
                .isEqualTo("Dự thảo lần 1 đang chờ Ban Chỉ đạo phê duyệt: không sửa được câu trả lời");
        assertThat(vi(Rule.COMMENT_ANSWERED_MEANWHILE, 12345L, "bql.soan")).isEqualTo("Góp ý 12345 vừa được bql.soan trả lời; hãy tải lại trang");
        assertThat(vi(Rule.VERSION_NOT_IN_REVIEW, 1, VersionStatus.RETURNED)).isEqualTo("Dự thảo lần 1 đã bị trả lại: không trình phê duyệt được");
        assertThat(vi(Rule.VERSION_COMMENTS_UNANSWERED, 3L)).isEqualTo("Còn 3 góp ý chưa được trả lời");
        assertThat(vi(Rule.VERSION_NOT_AWAITING_DECISION, 1, VersionStatus.IN_REVIEW))
                .isEqualTo("Dự thảo lần 1 đang lấy ý kiến: không phải là bản đang chờ phê duyệt");
        assertThat(vi(Rule.PROPOSAL_DECIDED_NO_INVITATIONS)).isEqualTo("Đề xuất đã có quyết định: không mời thêm đơn vị thẩm định");
        assertThat(vi(Rule.PROPOSAL_NOT_IN_REVIEW)).isEqualTo("Đề xuất không còn trong giai đoạn thẩm định");
        assertThat(vi(Rule.PROPOSAL_ALREADY_DECIDED)).isEqualTo("Đề xuất đã có quyết định");
        assertThat(vi(Rule.PROPOSAL_NOT_ACCEPTED)).isEqualTo("Chỉ liên kết được đề xuất đã được chấp thuận");
        assertThat(vi(Rule.AGREEMENT_CHANGED_MEANWHILE, "12/2024/TTHT-BQL-ĐHBK", "bql.soan"))
                .isEqualTo("Thỏa thuận 12/2024/TTHT-BQL-ĐHBK vừa được bql.soan sửa; hãy tải lại rồi sửa tiếp (thay đổi của bạn chưa được lưu)");
    }

    @Test
    void englishReadersGetEnglishWithTheSameArguments() {
        assertThat(RuleMessages.text(EN, new RuleViolation(Rule.VERSION_NOT_AWAITING_DECISION, 1234, VersionStatus.APPROVED)))
                .isEqualTo("Draft no. 1234 is approved: it is not the draft awaiting approval");
    }

    @Test
    void theCallersFirstLanguageThePortalSpeaksWinsAndVietnameseOtherwise() {
        Locale vi = Locale.forLanguageTag("vi");
        assertThat(RuleMessages.language(List.of())).isEqualTo(vi);
        assertThat(RuleMessages.language(List.of(Locale.FRENCH, Locale.forLanguageTag("en-GB"), vi))).isEqualTo(Locale.ENGLISH);
        assertThat(RuleMessages.language(List.of(Locale.forLanguageTag("vi-VN"), Locale.ENGLISH))).isEqualTo(vi);
        assertThat(RuleMessages.language(List.of(Locale.GERMAN, Locale.of("*")))).isEqualTo(vi);
    }

    @Test
    void vietnameseEvenOnAServerThatSpeaksEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            assertThat(RuleMessages.text(RuleMessages.bundle(RuleMessages.language(List.of(Locale.JAPANESE))),
                    new RuleViolation(Rule.PROPOSAL_ALREADY_DECIDED))).isEqualTo("Đề xuất đã có quyết định");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void aMessageOfTheApplicationReadsInEachLanguageWithNumbersWrittenTheReadersWay() {
        Message tooLong = new Message("problem.tooLong", 12_000, 10_000);
        assertThat(RuleMessages.text(VI, tooLong)).isEqualTo("Quá dài (12.000 ký tự): tối đa 10.000 ký tự, hãy rút gọn");
        assertThat(RuleMessages.text(EN, tooLong)).isEqualTo("Too long (12,000 characters): at most 10,000, please shorten it");
        assertThat(RuleMessages.text(VI, new Message("notFound.plan", 12345L))).as("an id is not a quantity").isEqualTo("Không tìm thấy đề án 12345");
        assertThat(RuleMessages.text(EN, new Message("problem.codeFormat", 50))).isEqualTo("Use 1–50 unaccented letters, digits, '.', '_' or '-'");
    }

    @Test
    void wordedNestedAndListedArgumentsArePutInWordsOfTheSameLanguage() {
        Message denied = new Message("denied.parkManagerOnly", new Message("action.plan.create"));
        assertThat(RuleMessages.text(VI, denied)).isEqualTo("Tạo đề án: chỉ Ban quản lý (park-manager) được làm");
        assertThat(RuleMessages.text(EN, denied)).isEqualTo("Creating a plan: only the park management (park-manager) may do this");
        Message choose = new Message("problem.chooseOne", Problems.words("disposition.", Disposition.ACCEPTED, Disposition.NOT_ACCEPTED));
        assertThat(RuleMessages.text(VI, choose)).isEqualTo("Chưa chọn: hãy chọn một trong Tiếp thu, Không tiếp thu");
        assertThat(RuleMessages.text(EN, new Message("conflict.notExtracted", 2, VersionStatus.IN_REVIEW)))
                .startsWith("The text of version 2 is not extracted yet (").doesNotContain("IN_REVIEW");
        assertThat(RuleMessages.text(VI, new Message("problem.endsBeforeStart", LocalDate.of(2025, 3, 5)))).endsWith("(05/03/2025)");
    }

    @Test
    void aProblemIsSaidWithoutItsFieldNextToTheInputAfterItsLabelElsewhereAndAfterItsNameInTheApi() {
        Problem problem = new Problem("sections[2].title", "problem.required");
        assertThat(RuleMessages.text(VI, problem)).isEqualTo("Bắt buộc: hãy điền thông tin này");
        assertThat(RuleMessages.labelled(VI, problem)).isEqualTo("Tiêu đề mục: Bắt buộc: hãy điền thông tin này");
        assertThat(RuleMessages.labelled(EN, problem)).isEqualTo("Section title: Required: please fill this in");
        assertThat(RuleMessages.detail(EN, problem)).isEqualTo("sections[2].title: Required: please fill this in");
        assertThat(RuleMessages.label(VI, "targets[0].values.2030")).isEqualTo("Giá trị theo năm");
        assertThat(RuleMessages.label(EN, "comment")).isEqualTo("Comment");
        assertThat(RuleMessages.label(EN, "noSuchField")).as("a field without a label keeps its name").isEqualTo("noSuchField");
    }
}
