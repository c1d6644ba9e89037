package vn.hoalac.portal.infrastructure.export;

/**
 * The two formats of Vietnamese official documents, with the sizes (in points) each gives its parts. Both set A4 in
 * Times New Roman (here the metric-compatible Liberation Serif) with the same margins ({@link OfficialDocument}).
 * <ul>
 * <li>{@link #PARTY}: the Party's documents, Hướng dẫn 36-HD/VPTW (Phụ lục 3): the heading "ĐẢNG CỘNG SẢN VIỆT
 * NAM" (15, bold) on the right with a line of its length under it, the issuing body on the left (the body above it
 * 14 upright, the body 14 bold, a star under it), "Số 1857-TB/TU" (14), place and date (14, italic), the kind of
 * document (16, bold) and its summary (14, bold) with five dashes under them, the text (14), the signer (14, bold),
 * "Nơi nhận:" (14, underlined) and the recipients (12).</li>
 * <li>{@link #STATE}: the State's administrative documents, Nghị định 30/2020/NĐ-CP (Phụ lục I): the Quốc hiệu
 * (13, bold capitals) and the Tiêu ngữ (14, bold) on the right with a line of the Tiêu ngữ's length under it, the
 * issuing body (13, bold capitals) on the left with a short line under it, "Số: …/…" (13), place and date (14,
 * italic), the kind (14, bold) and its summary (14, bold) with a short line under them, the text (14), the signer
 * (14, bold), "Nơi nhận:" (12, bold italic) and the recipients (11).</li>
 * </ul>
 */
enum OfficialFormat {

    PARTY(15, 14, 14, 14, 16, 12),
    STATE(13, 13, 13, 14, 14, 11);

    /** "ĐẢNG CỘNG SẢN VIỆT NAM", or the Quốc hiệu (the Tiêu ngữ is {@link #motto}). */
    final float heading;
    /** The issuing body's name (and the body above it). */
    final float body;
    /** "Số …". */
    final float number;
    /** Place and date, the title's summary, the text, the signer and the page numbers. */
    final float text;
    /** The kind of document: "THÔNG BÁO", "BÁO CÁO". */
    final float kind;
    /** The recipients under "Nơi nhận:". */
    final float recipients;

    OfficialFormat(float heading, float body, float number, float text, float kind, float recipients) {
        this.heading = heading;
        this.body = body;
        this.number = number;
        this.text = text;
        this.kind = kind;
        this.recipients = recipients;
    }

    static final String PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM";
    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** The Tiêu ngữ's size (State format only). */
    float motto() {
        return 14;
    }

    /** "Số 1857-TB/TU" (Party: no colon) or "Số: 12/BC-BQL" (State). */
    String number(String numberAndSymbol) {
        return (this == PARTY ? "Số " : "Số: ") + numberAndSymbol;
    }

    /** The signer's authority before a collective's name: "T/M" (Party), "TM." (State). */
    String onBehalfOf() {
        return this == PARTY ? "T/M" : "TM.";
    }
}
