package vn.hoalac.portal.interfaces.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;

import java.util.Locale;
import vn.hoalac.portal.application.Page;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void absentParametersAreTheFirstPageOfTheDefaultSize() {
        assertThat(PageRequest.of(null, null, 20, 200)).isEqualTo(new PageRequest(0, 20));
        assertThat(PageRequest.of("", " ", 100, 1000)).isEqualTo(new PageRequest(0, 100));
        assertThat(PageRequest.of(" 2 ", "50", 20, 200).first()).isEqualTo(100);
    }

    @ParameterizedTest(name = "page={0} size={1}")
    @CsvSource({"-1, 20, page:problem.page", "0, 0, size:problem.size", "0, 201, size:problem.size", "abc, 20, page:problem.page",
            "0, 2x, size:problem.size", "1.5, 20, page:problem.page", "2147483647, 200, page:problem.pageTooDeep",
            "501, 200, page:problem.pageTooDeep", "99999999999, 1, page:problem.page", "-1, 0, page:problem.page size:problem.size"})
    void aBadPageOrSizeIsA400ThatNamesTheLimits(String page, String size, String problems) {
        assertThatThrownBy(() -> PageRequest.of(page, size, 20, 200, PageRequest.MAX_OFFSET))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.key()).isEqualTo("invalid.paging");
                    assertThat(e.problems()).extracting(p -> p.field() + ":" + p.message().key()).containsExactly(problems.split(" "));
                    String vi = e.problems().stream().map(p -> RuleMessages.detail(RuleMessages.bundle(Locale.forLanguageTag("vi")), p))
                            .collect(java.util.stream.Collectors.joining("; "));
                    assertThat(vi).as("names the limits").containsAnyOf("200", "100.000", "từ 0");
                });
    }

    @Test
    void theDeepestPageOfTheEngineStartsAtTheOffsetLimit() {
        assertThat(PageRequest.of("500", "200", 20, 200, PageRequest.MAX_OFFSET).first()).isEqualTo(PageRequest.MAX_OFFSET);
        assertThatThrownBy(() -> PageRequest.of("501", "200", 20, 200, PageRequest.MAX_OFFSET)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void listsReadFromTheDatabaseGoAsDeepAsTheyHold() {
        assertThat(PageRequest.of("5000", "100", 100, 1000).first()).isEqualTo(500_000);
        assertThatThrownBy(() -> PageRequest.of("2147483647", "1000", 100, 1000))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.message().key()).containsExactly("page:problem.pageTooDeep"));
    }

    @Test
    void aPageOfAWholeListCountsEveryItem() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertThat(Page.of(all, 0, 2)).isEqualTo(new Page<>(5, List.of(1, 2)));
        assertThat(Page.of(all, 4, 2)).isEqualTo(new Page<>(5, List.of(5)));
        assertThat(Page.of(all, 10, 2)).isEqualTo(new Page<>(5, List.of()));
        assertThat(Paged.of(Page.of(all, 2, 2), i -> "#" + i)).isEqualTo(new Paged<>(5, List.of("#3", "#4")));
    }
}
