package vn.hoalac.portal.application.cluster;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A portal instance of the cluster as administrators see it: its name and direct address, since when it runs, when
 * its heartbeat was last seen, whether it answers (seen in the last {@link ClusterOverview#NOT_ANSWERING_AFTER}), how
 * many extraction jobs it runs now, and how many search changes its index has not applied yet (-1: not known).
 *
 * @param uptimeSeconds how long it has run, while it answers; null when it does not
 */
public record ClusterMember(String name, String address, OffsetDateTime startedAt, OffsetDateTime lastSeen,
                            Long uptimeSeconds, boolean up, String state, int extractionJobs, long indexLag) {

    public static final String UP = "UP";
    public static final String NOT_ANSWERING = "NOT_ANSWERING";

    /** The member as a heartbeat row read at the database's {@code now}. */
    public static ClusterMember of(ClusterMembers.Row row, OffsetDateTime now, Duration notAnsweringAfter) {
        boolean up = !row.lastSeen().isBefore(now.minus(notAnsweringAfter));
        Long uptime = up ? Math.max(0, Duration.between(row.startedAt(), now).toSeconds()) : null;
        return new ClusterMember(row.name(), row.address(), row.startedAt(), row.lastSeen(), uptime, up,
                up ? UP : NOT_ANSWERING, row.extractionJobs(), row.indexLag());
    }
}
