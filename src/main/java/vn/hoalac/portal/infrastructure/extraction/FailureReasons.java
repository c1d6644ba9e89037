package vn.hoalac.portal.infrastructure.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Why a file could not be read, in words an official understands, from the parser's exception (kept after it as the
 * technical detail, for whoever investigates).
 */
final class FailureReasons {

    private record Rule(List<String> clues, String reason) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(List.of("encrypted", "password", "decrypt"), "Tệp được bảo vệ bằng mật khẩu hoặc mã hóa; hãy tải lên bản không đặt mật khẩu"),
            new Rule(List.of("zip bomb", "zipbomb", "compression ratio", "too many entries", "nested"),
                    "Tệp nén chứa quá nhiều dữ liệu hoặc lồng nhau quá sâu (nghi ngờ tệp độc hại); nội dung không được đọc"),
            new Rule(List.of("entity", "entityexpansion", "doctype"), "Tệp XML khai báo thực thể mở rộng (nghi ngờ tệp độc hại); nội dung không được đọc"),
            new Rule(List.of("eofexception", "unexpected end", "truncated", "missing root", "trailer", "premature end", "end of stream"),
                    "Tệp bị cắt cụt hoặc hỏng (có thể tải lên chưa trọn vẹn); hãy tải lên lại bản đầy đủ"),
            new Rule(List.of("zipexception", "not a zip", "invalid header", "corrupt", "notofficexml", "invalid"),
                    "Tệp bị hỏng hoặc không đúng định dạng như tên tệp cho biết"),
            new Rule(List.of("unsupported", "no parser", "emptyparser"), "Định dạng tệp chưa được hỗ trợ để đọc nội dung"));

    private FailureReasons() {
    }

    /** A Vietnamese sentence for the parser's error (its first line), with the error itself as detail. */
    static String describe(String parserError) {
        String detail = parserError == null ? "" : parserError.strip().lines().findFirst().orElse("");
        if (detail.length() > 300) {
            detail = detail.substring(0, 300);
        }
        String lower = detail.toLowerCase(Locale.ROOT);
        String reason = RULES.stream().filter(r -> r.clues().stream().anyMatch(lower::contains)).map(Rule::reason)
                .findFirst().orElse("Không đọc được nội dung tệp");
        return detail.isEmpty() ? reason : reason + " (chi tiết kỹ thuật: " + detail + ")";
    }
}
