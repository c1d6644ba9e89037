package vn.hoalac.portal.application.plan;

import vn.hoalac.portal.application.Message;

import java.util.List;

/**
 * The seal of an approved version checked again: the hash recomputed from the stored content and decision, and each
 * attachment's bytes hashed again; what is wrong with an attachment is a message to put in the reader's language.
 */
public record SealCheck(String storedSha256, String recomputedSha256, List<Message> attachmentProblems) {

    public boolean intact() {
        return storedSha256 != null && storedSha256.equals(recomputedSha256) && attachmentProblems.isEmpty();
    }
}
