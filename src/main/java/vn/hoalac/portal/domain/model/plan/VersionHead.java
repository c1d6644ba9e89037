package vn.hoalac.portal.domain.model.plan;

import java.util.Set;

/**
 * What lists need of a submitted version, without its snapshot or comments: its plan, number, status and the
 * organizations invited to review it (who may read it).
 */
public record VersionHead(long planId, int number, VersionStatus status, Set<String> reviewers) {

    public VersionHead {
        reviewers = Set.copyOf(reviewers);
    }
}
