package vn.hoalac.portal.domain.model;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleViolationTest {

    @Test
    void aRefusalCarriesItsKeyAndArgumentsAndNoSentence() {
        RuleViolation v = new RuleViolation(Rule.VERSION_NOT_AWAITING_DECISION, 2, VersionStatus.RETURNED);
        assertThat(v.key()).isEqualTo("rule.version.notAwaitingDecision");
        assertThat(v.arguments()).containsExactly(2, VersionStatus.RETURNED);
        assertThat(v.getMessage()).isEqualTo("rule.version.notAwaitingDecision [2, RETURNED]");
        v.arguments()[0] = 3;
        assertThat(v.arguments()).containsExactly(2, VersionStatus.RETURNED);
    }

    @Test
    void aRefusalWithTheWrongNumberOfArgumentsIsAMistakeOfTheCode() {
        assertThatThrownBy(() -> new RuleViolation(Rule.PLAN_DRAFT_EMPTY, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleViolation(Rule.VERSION_NOT_IN_REVIEW, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
