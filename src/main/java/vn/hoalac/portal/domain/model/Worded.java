package vn.hoalac.portal.domain.model;

/**
 * A value a refusal names in a sentence (a version's status, say): its words in each language are in the message
 * bundles under {@link #wordsKey()}, never in Java.
 */
public interface Worded {

    String wordsKey();
}
