package vn.hoalac.portal.domain.model.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The committee's conclusion on a version (thông báo kết luận), e.g. notice 1857-TB/TU. */
public record Decision(DecisionOutcome outcome, String conclusion, String noticeNumber, LocalDate noticeDate,
                       String decidedBy, OffsetDateTime decidedAt) {
}
