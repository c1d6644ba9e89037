package vn.hoalac.portal.interfaces.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NulInputFilterTest {

    @Test
    void aNulInTheQueryStringIsFoundInEverySpelling() {
        assertThat(NulInputFilter.holdsNul("q=a%00b")).isTrue();
        assertThat(NulInputFilter.holdsNul("q=a%00")).isTrue();
        assertThat(NulInputFilter.holdsNul("q=a\0b")).isTrue();
        assertThat(NulInputFilter.holdsNul("q=%zz%00")).as("beside a malformed escape").isTrue();
    }

    @Test
    void ordinaryQueriesPass() {
        assertThat(NulInputFilter.holdsNul(null)).isFalse();
        assertThat(NulInputFilter.holdsNul("q=H%C3%B2a+L%E1%BA%A1c&page=2")).isFalse();
        assertThat(NulInputFilter.holdsNul("q=100%25+k%E1%BA%BF+ho%E1%BA%A1ch")).as("a percent sign typed by the user").isFalse();
        assertThat(NulInputFilter.holdsNul("q=36502%2F2025")).isFalse();
    }
}
