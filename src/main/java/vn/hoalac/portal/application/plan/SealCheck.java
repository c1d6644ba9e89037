package vn.hoalac.portal.application.plan;

import java.util.List;

/**
 * The seal of an approved version checked again: the hash recomputed from the stored content and decision, and each
 * attachment's bytes hashed again.
 */
public record SealCheck(String storedSha256, String recomputedSha256, List<String> attachmentProblems) {

    public boolean intact() {
        return storedSha256 != null && storedSha256.equals(recomputedSha256) && attachmentProblems.isEmpty();
    }
}
