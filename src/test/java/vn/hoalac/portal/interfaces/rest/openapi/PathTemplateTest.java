package vn.hoalac.portal.interfaces.rest.openapi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The document names paths as OpenAPI templates: a path parameter's regular expression is Jakarta REST's alone. */
class PathTemplateTest {

    @Test
    void aParametersRegularExpressionIsLeftOutOfThePath() {
        assertThat(ApiDocument.template("/api/follows/{recordType}/{recordId: .+}")).isEqualTo("/api/follows/{recordType}/{recordId}");
        assertThat(ApiDocument.template("/api/plans/{id}/versions/{n}")).isEqualTo("/api/plans/{id}/versions/{n}");
        assertThat(ApiDocument.operations()).allSatisfy(op -> assertThat(op.path()).doesNotContain(":"));
    }
}
