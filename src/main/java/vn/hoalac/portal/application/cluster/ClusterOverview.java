package vn.hoalac.portal.application.cluster;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.time.Duration;
import java.util.List;

/**
 * Administrators see the cluster's members: every portal instance that wrote a heartbeat in the last day, up or not
 * answering (no heartbeat for {@link #NOT_ANSWERING_AFTER}), with its uptime, extraction jobs and index lag.
 */
@RequestScoped
public class ClusterOverview {

    public static final Duration NOT_ANSWERING_AFTER = Duration.ofSeconds(30);

    @Inject
    PortalUser user;

    @Inject
    ClusterMembers members;

    @Inject
    ThisInstance instance;

    /** The members by name. */
    @Transactional
    public List<ClusterMember> members() {
        AccessPolicy.requireAnyRole(user, "action.cluster.read", Role.ADMIN);
        return list(members.all());
    }

    /** The name of the instance answering this request. */
    public String thisInstance() {
        AccessPolicy.requireAnyRole(user, "action.cluster.read", Role.ADMIN);
        return instance.name();
    }

    static List<ClusterMember> list(ClusterMembers.Snapshot snapshot) {
        return snapshot.rows().stream()
                .filter(r -> r.lastSeen().isAfter(snapshot.now().minus(ClusterMemberPurge.FORGET_AFTER))) // removed soon
                .map(r -> ClusterMember.of(r, snapshot.now(), NOT_ANSWERING_AFTER)).toList();
    }
}
