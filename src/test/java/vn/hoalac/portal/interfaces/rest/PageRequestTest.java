package vn.hoalac.portal.interfaces.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoalac.portal.application.InvalidInputException;
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
    @CsvSource({"-1, 20", "0, 0", "0, 201", "abc, 20", "0, 2x", "1.5, 20", "2147483647, 200", "501, 200", "99999999999, 1"})
    void aBadPageOrSizeIsA400ThatNamesTheLimits(String page, String size) {
        assertThatThrownBy(() -> PageRequest.of(page, size, 20, 200, PageRequest.MAX_OFFSET))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.details())
                        .containsExactly("page >= 0", "1 <= size <= 200", "page * size <= 100000"));
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
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.details())
                        .containsExactly("page >= 0", "1 <= size <= 1000"));
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
