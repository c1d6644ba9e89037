package vn.hoalac.portal.domain.model;

import java.util.Arrays;

/**
 * An aggregate refuses a change its rules do not allow in its current state (a version not waiting for the
 * committee, a decided proposal, an agreement changed meanwhile). It carries the rule's message key and the
 * arguments of its sentence; the page and the API put them in the caller's language. An argument that is
 * {@link Worded} is itself put in words from the bundles.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;
    private final transient Object[] arguments;

    public RuleViolation(Rule rule, Object... arguments) {
        super(rule.key() + " " + Arrays.toString(arguments));
        if (arguments.length != rule.arity()) {
            throw new IllegalArgumentException(rule + " takes " + rule.arity() + " arguments, not " + arguments.length);
        }
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    public Rule rule() {
        return rule;
    }

    /** The message key, also the stable code of the refusal. */
    public String key() {
        return rule.key();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
