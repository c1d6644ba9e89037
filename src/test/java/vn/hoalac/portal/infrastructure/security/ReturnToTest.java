package vn.hoalac.portal.infrastructure.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnToTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "/admin/organizations.xhtml, /admin/organizations.xhtml",
            "/documents.xhtml?id=5,      /documents.xhtml?id=5",
            "//evil.example/,            /",
            "https://evil.example/,      /",
            "/\\evil.example,            /",
            "NULL,                       /"})
    void onlyPathsInsideThePortalAreFollowedAfterLogin(String wanted, String expected) {
        assertThat(ReturnTo.safe(wanted)).isEqualTo(expected);
    }
}
