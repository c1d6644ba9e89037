package vn.hoalac.portal.infrastructure.export;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.agreement.AgreementKind;
import vn.hoalac.portal.domain.model.agreement.AgreementStatus;
import vn.hoalac.portal.domain.model.agreement.CooperationField;
import vn.hoalac.portal.domain.model.plan.Disposition;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class ExportLabelsTest {

    @Test
    void everyValueAnExportLabelsHasWordsInTheBundle() {
        List<Enum<?>> values = new java.util.ArrayList<>(List.of(Disposition.values()));
        values.addAll(List.of(AgreementStatus.values()));
        values.addAll(List.of(CooperationField.values()));
        values.addAll(List.of(AgreementKind.values()));
        for (Enum<?> value : values) {
            String prefix = switch (value) {
                case Disposition d -> "disposition";
                case AgreementStatus s -> "agreement.status";
                case CooperationField f -> "agreement.field";
                default -> "agreement.kind";
            };
            assertThat(ExportLabels.label(prefix, value)).as(prefix + "." + value).isNotBlank();
        }
        assertThat(ExportLabels.text("disposition.NONE")).isEqualTo("Chưa trả lời");
        assertThat(ExportLabels.label("agreement.status", AgreementStatus.ACTIVE)).isEqualTo("Đang hiệu lực");
        assertThat(ExportLabels.label("agreement.kind", AgreementKind.MEMORANDUM)).isEqualTo("Biên bản ghi nhớ");
        assertThat(ExportLabels.label("agreement.field", CooperationField.SHARED_LAB)).isEqualTo("Phòng thí nghiệm dùng chung");
    }

    @Test
    void exportsAreVietnameseEvenWhenTheServerSpeaksEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            assertThat(ExportLabels.label("disposition", Disposition.NOT_ACCEPTED)).isEqualTo("Không tiếp thu");
            assertThat(ExportLabels.label("agreement.status", AgreementStatus.TERMINATED)).isEqualTo("Chấm dứt");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }
}
