package vn.hoalac.portal.application.plan;

import java.io.OutputStream;

/**
 * The review synthesis (bảng tổng hợp tiếp thu, giải trình ý kiến) as a file, with the same columns in both formats.
 * A port: the adapter in {@code infrastructure.export} implements it.
 */
public interface SynthesisExport {

    /** The synthesis as a spreadsheet (XLSX). */
    void xlsx(ReviewSynthesis synthesis, OutputStream out);

    /** The synthesis as a landscape PDF. */
    void pdf(ReviewSynthesis synthesis, OutputStream out);
}
