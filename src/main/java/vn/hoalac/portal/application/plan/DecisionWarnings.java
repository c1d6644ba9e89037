package vn.hoalac.portal.application.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What the committee should know before it approves a version: no comment came in, the review deadline has not passed
 * yet (the park sent it early), or some invited universities gave no comment (their codes).
 */
public record DecisionWarnings(boolean noComment, LocalDate deadlineNotPassed, List<String> silentReviewers) {

    public boolean any() {
        return noComment || deadlineNotPassed != null || !silentReviewers.isEmpty();
    }
}
