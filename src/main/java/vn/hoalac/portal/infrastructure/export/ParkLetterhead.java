package vn.hoalac.portal.infrastructure.export;

import java.util.List;

/**
 * Who issues the park's documents in the State's format (Nghị định 30/2020/NĐ-CP, Phụ lục I) and who signs them: the
 * body directly above the park (ô 2, upright capitals; "Ủy ban nhân dân" may be written UBND), the park itself (bold
 * capitals), the symbol after the number ("BC-BQL": a báo cáo of the BQL), the signer's authority and function (ô 7a,
 * one line each: "TRƯỞNG BAN", or "KT. TRƯỞNG BAN" over "PHÓ TRƯỞNG BAN") and name (ô 7c, none when not configured:
 * the signer writes it). Read from the settings (README, OFFICIAL_PARK_*).
 */
record ParkLetterhead(String parentBody, String body, String symbol, List<String> authority, String signer) {

    static final ParkLetterhead DEFAULT = new ParkLetterhead("UBND THÀNH PHỐ HÀ NỘI", "BAN QUẢN LÝ KHU CÔNG NGHỆ CAO HÒA LẠC",
            "BC-BQL", List.of("TRƯỞNG BAN"), null);

    ParkLetterhead {
        parentBody = blankToNull(parentBody);
        body = blankToNull(body) == null ? DEFAULT.body() : body.strip();
        symbol = blankToNull(symbol) == null ? DEFAULT.symbol() : symbol.strip();
        authority = authority == null || authority.stream().allMatch(String::isBlank) ? DEFAULT.authority()
                : authority.stream().filter(l -> !l.isBlank()).map(String::strip).toList();
        signer = blankToNull(signer);
    }

    /**
     * "Số:      /BC-BQL": the number itself is the registry's (Nghị định 30, Điều 15: the văn thư gives the number and
     * the date of issue once the document is signed), so the portal leaves room for it and writes the symbol.
     */
    String number() {
        return "        /" + symbol;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
