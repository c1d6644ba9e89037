package vn.hoalac.portal.application.plan;

import vn.hoalac.portal.domain.model.plan.Disposition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Bảng tổng hợp tiếp thu, giải trình ý kiến: every comment on a version with the drafters' answer, in the order
 * of the sections and then of the comments.
 */
public record ReviewSynthesis(String planCode, String planTitle, int versionNumber, String versionNote,
                              LocalDate reviewDeadline, List<Row> rows) {

    public ReviewSynthesis {
        rows = List.copyOf(rows);
    }

    /** One comment; {@code disposition}, {@code rationale}, {@code answeredBy} and {@code answeredAt} are null until answered. */
    public record Row(int index, String sectionKey, String sectionTitle, String organization, String organizationName,
                      String author, OffsetDateTime commentedAt, String quote, String comment,
                      Disposition disposition, String rationale, String answeredBy, OffsetDateTime answeredAt) {
    }

    public long unanswered() {
        return rows.stream().filter(r -> r.disposition() == null).count();
    }
}
