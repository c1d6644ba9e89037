package vn.hoalac.portal.application.cluster;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A member seen in the last 30 s answers, with its uptime; one silent longer does not; the name has a default. */
class ClusterMemberTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T23:00:00Z");

    @Test
    void seenInTheLast30SecondsIsUpWithItsUptimeOtherwiseNotAnswering() {
        ClusterMembers.Row one = new ClusterMembers.Row("portal-1", "http://127.0.0.1:28081", NOW.minusHours(2),
                NOW.minusSeconds(30), 2, 0);
        ClusterMembers.Row two = new ClusterMembers.Row("portal-2", "http://127.0.0.1:28082", NOW.minusHours(5),
                NOW.minusSeconds(31), 0, 17);
        ClusterMembers.Row gone = new ClusterMembers.Row("portal-3", null, NOW.minusDays(3), NOW.minusHours(25), 0, 0);
        List<ClusterMember> members = ClusterOverview.list(new ClusterMembers.Snapshot(NOW, List.of(one, two, gone)));

        assertThat(members).as("not seen for a day: not listed (and removed by the cluster-members job)").hasSize(2);

        assertThat(members.get(0).up()).isTrue();
        assertThat(members.get(0).state()).isEqualTo(ClusterMember.UP);
        assertThat(members.get(0).uptimeSeconds()).isEqualTo(7200);
        assertThat(members.get(0).extractionJobs()).isEqualTo(2);
        assertThat(members.get(1).up()).isFalse();
        assertThat(members.get(1).state()).isEqualTo(ClusterMember.NOT_ANSWERING);
        assertThat(members.get(1).uptimeSeconds()).as("no uptime for a member that does not answer").isNull();
        assertThat(members.get(1).indexLag()).isEqualTo(17);
    }

    @Test
    void theDefaultNameIsTheHostAndThePortOfTheBaseUrl() {
        assertThat(ThisInstance.defaultName("web1", "http://localhost:8080")).isEqualTo("web1:8080");
        assertThat(ThisInstance.defaultName("web1", "https://portal.hoalac.vn")).isEqualTo("web1:443");
        assertThat(ThisInstance.defaultName("web1", "::not a url")).isEqualTo("web1");
    }
}
