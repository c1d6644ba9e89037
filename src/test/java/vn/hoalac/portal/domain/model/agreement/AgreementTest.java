package vn.hoalac.portal.domain.model.agreement;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.Rule;
import vn.hoalac.portal.domain.model.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An agreement refuses an edit made from an older copy; any other edit goes through. */
class AgreementTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static AgreementDetails details(String title, AgreementStatus status) {
        return new AgreementDetails("12/2024/TTHT-BQL-ĐHBK", title, AgreementKind.AGREEMENT, Set.of("BQL", "DHBK"),
                Set.of(CooperationField.RESEARCH), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2029, 3, 1), status,
                "", List.of());
    }

    private static Agreement registered() {
        Agreement agreement = new Agreement("12/2024/TTHT-BQL-ĐHBK", "bql.soan", NOW);
        agreement.describe(details("Hợp tác nghiên cứu", AgreementStatus.NEGOTIATING), TODAY, "bql.soan", NOW);
        return agreement;
    }

    @Test
    void anEditFromTheCurrentCopyOrWithoutACopyGoesThrough() {
        Agreement agreement = registered();
        agreement.revise(agreement.rowVersion(), details("Hợp tác nghiên cứu và đào tạo", AgreementStatus.ACTIVE), TODAY, "bql.khac", NOW);
        assertThat(agreement.title()).isEqualTo("Hợp tác nghiên cứu và đào tạo");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
        agreement.revise(null, details("Hợp tác", AgreementStatus.TERMINATED), TODAY, "bql.soan", NOW);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(agreement.updatedBy()).isEqualTo("bql.soan");
    }

    @Test
    void anEditFromAnOlderCopyIsRefusedAndNamesWhoChangedIt() {
        Agreement agreement = registered();
        long older = agreement.rowVersion() - 1;
        assertThatThrownBy(() -> agreement.revise(older, details("Ghi đè", AgreementStatus.ACTIVE), TODAY, "bql.khac", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.key()).isEqualTo(Rule.AGREEMENT_CHANGED_MEANWHILE.key());
                    assertThat(v.arguments()).containsExactly("12/2024/TTHT-BQL-ĐHBK", "bql.soan");
                });
        assertThat(agreement.title()).isEqualTo("Hợp tác nghiên cứu");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.NEGOTIATING);
        assertThat(agreement.updatedBy()).isEqualTo("bql.soan");
    }
}
