package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review synthesis as the park's báo cáo in the State's format, from the running portal (its letterhead and
 * signer from the settings' defaults): the body above the park, the park, "Số:      /BC-BQL" left for the registry,
 * the signer's function; refused to a university.
 */
@ExtendWith(PortalStackExtension.class)
class ParkReportPdfIT {

    @Test
    void theSynthesisCarriesTheLetterheadTheSymbolAndTheSignersFunction() throws Exception {
        long id = Plans.createWithSection("Đề án báo cáo tổng hợp", "c1", "Chương I", "<p>Nội dung</p>");
        Plans.submit(id, LocalDate.now().plusDays(10), "DHBK");

        HttpResponse<byte[]> pdf = Library.getBytes("bql.soan", "/api/plans/" + id + "/versions/1/synthesis.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/synthesis.pdf"), pdf.body()); // to look at (pdftoppm)
        String text;
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body())) {
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            text = all.toString().replaceAll("\\s+", " ");
        }
        assertThat(text).contains("UBND THÀNH PHỐ HÀ NỘI", "BAN QUẢN LÝ KHU CÔNG NGHỆ CAO HÒA LẠC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: /BC-BQL", "Hà Nội, ngày tháng năm " + LocalDate.now().getYear(), "BÁO CÁO",
                "Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với Dự thảo lần 1 Đề án báo cáo tổng hợp", "TRƯỞNG BAN", "Nơi nhận:");

        assertThat(Library.getBytes("dhbk.gopy", "/api/plans/" + id + "/versions/1/synthesis.pdf").statusCode()).isEqualTo(403);
    }
}
