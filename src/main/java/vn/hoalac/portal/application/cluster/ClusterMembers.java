package vn.hoalac.portal.application.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The port to the cluster's heartbeat table ({@code cluster_member}, V16): one row per portal instance. */
public interface ClusterMembers {

    /** What an instance says of itself at each heartbeat. */
    record Beat(String name, String address, Instant startedAt, int extractionJobs, long indexLag) {
    }

    /** A member's row; {@code lastSeen} is the database's clock. */
    record Row(String name, String address, OffsetDateTime startedAt, OffsetDateTime lastSeen, int extractionJobs,
               long indexLag) {
    }

    /** The rows and the database's present moment, to compare their {@code lastSeen} with. */
    record Snapshot(OffsetDateTime now, List<Row> rows) {
    }

    /** Writes the instance's row (inserted the first time), last seen now. */
    void beat(Beat beat);

    /** Every member's row, by name. */
    Snapshot all();

    /** Removes the members not seen for {@code age}; how many (in the caller's transaction). */
    int forgetUnseenFor(Duration age);
}
