package vn.hoalac.portal.interfaces.web.shell;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a problem of the application layer is shown: next to its field's input, the right one when a page repeats it
 * (a comment's edit form beside the new comment's form), or, when the page has no input for it, at the top headed by
 * the field's label, in the page's language. (The walk over the view's components that finds the inputs needs a Faces
 * implementation, which the unit tests do not have; the browser tests run it: FieldProblemBrowserIT.)
 */
class PageActionsTest {

    /** The new comment's input and one per comment's edit form, all with the id "body", in the page's order. */
    private static final List<String> BODIES = List.of("comments:new:body", "comments:list:0:edit:body",
            "comments:list:1:edit:body", "comments:list:2:edit:body");

    @Test
    void ofSeveralInputsWithTheFieldsIdTheOneNearestThePressedButtonGetsTheProblem() {
        Set<String> sent = Set.copyOf(BODIES); // the whole form went up
        assertThat(PageActions.nearest(BODIES, sent, "comments:list:1:edit:save")).contains("comments:list:1:edit:body");
        assertThat(PageActions.nearest(BODIES, sent, "comments:list:2:edit:save")).contains("comments:list:2:edit:body");
        assertThat(PageActions.nearest(BODIES, sent, "comments:new:send")).contains("comments:new:body");
    }

    @Test
    void anInputTheRequestDidNotSendIsPassedOverForOneItDid() {
        // only the edit form was processed (process="@parent"): the new comment's input is not the one
        Set<String> sent = Set.of("comments:list:2:edit:body_input", "comments:list:2:edit:save");
        assertThat(PageActions.nearest(BODIES, sent, "comments:new:send")).contains("comments:list:2:edit:body");
    }

    @Test
    void whenNoneWasSentTheFirstTakesTheProblemAndWhenThereIsNoneThereIsNoPlaceBesideAField() {
        assertThat(PageActions.nearest(BODIES, Set.of(), "other:button")).contains("comments:new:body");
        assertThat(PageActions.nearest(List.of(), Set.of("x"), "x")).isEmpty();
    }

    @Test
    void eachProblemIsSaidOnceBesideItsInputInWordsOnlyAndTheRefusalAtTheTop() {
        InvalidInputException refusal = new InvalidInputException("invalid.plan", new Problem("body", "problem.required"));

        List<PageActions.Placed> placed = PageActions.place(RuleMessages.bundle(Locale.forLanguageTag("vi")), refusal,
                field -> field.equals("body") ? Optional.of("comments:list:1:edit:body") : Optional.empty());

        assertThat(placed).containsExactly(
                new PageActions.Placed("comments:list:1:edit:body", "Bắt buộc: hãy điền thông tin này"),
                new PageActions.Placed(null, "Thông tin đề án không hợp lệ"));
    }

    @Test
    void aProblemWithNoInputOnThePageIsAtTheTopHeadedByTheFieldsLabelInThePagesLanguage() {
        InvalidInputException refusal = new InvalidInputException("invalid.plan",
                List.of(new Problem("reviewDeadline", "problem.required"), new Problem("body", "problem.required")));

        List<PageActions.Placed> english = PageActions.place(RuleMessages.bundle(Locale.ENGLISH), refusal,
                field -> field.equals("body") ? Optional.of("f:body") : Optional.empty());
        List<PageActions.Placed> vietnamese = PageActions.place(RuleMessages.bundle(Locale.forLanguageTag("vi")), refusal,
                field -> Optional.empty());

        assertThat(english).containsExactly(
                new PageActions.Placed("f:body", "Required: please fill this in"),
                new PageActions.Placed(null, "The plan's details are not valid"),
                new PageActions.Placed(null, "Review deadline: Required: please fill this in"));
        assertThat(vietnamese).extracting(PageActions.Placed::text).containsExactly(
                "Thông tin đề án không hợp lệ", "Hạn góp ý: Bắt buộc: hãy điền thông tin này", "Nội dung: Bắt buộc: hãy điền thông tin này");
        assertThat(vietnamese).allSatisfy(m -> assertThat(m.text()).doesNotContain("reviewDeadline", "body"));
    }
}
