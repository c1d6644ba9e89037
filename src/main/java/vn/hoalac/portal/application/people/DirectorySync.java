package vn.hoalac.portal.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.job.ClusterJob;
import vn.hoalac.portal.application.job.ClusterJobs;
import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps the people directory in step with the identity provider's accounts, so that someone who never signed in is
 * notified too, and someone removed, disabled or left without a portal role is not: once per cluster every
 * {@code people.sync-seconds} (10 minutes) and at start, every holder of each portal role is stored with their roles
 * ({@code enabled}, {@code synced_at}); everyone else is marked disabled. A directory that cannot be read is logged and
 * tried again at the next minute's tick; the portal works on meanwhile with what it knows.
 */
@ApplicationScoped
public class DirectorySync implements ClusterJob {

    public static final String JOB = "people-sync";
    private static final Logger LOG = Logger.getLogger(DirectorySync.class.getName());

    @Inject
    AccountDirectory directory;

    @Inject
    SyncedPeople store;

    @Inject
    ClusterJobs jobs;

    @Inject
    @ConfigProperty(name = "people.sync-seconds", defaultValue = "600")
    long syncSeconds;

    @Override
    public String name() {
        return JOB;
    }

    /** Every minute: a sync that failed (directory down) is tried again soon; one that succeeded waits for its next slot. */
    @Override
    public Duration every() {
        return Duration.ofSeconds(Math.min(60, Math.max(1, syncSeconds)));
    }

    @Override
    public int tick(Instant now) {
        boolean did = jobs.runOnce(JOB, ClusterJobs.slot(now, Duration.ofSeconds(Math.max(1, syncSeconds))), this::sync);
        if (did) {
            jobs.forget(JOB, Duration.ofDays(2));
        }
        return did ? 1 : 0;
    }

    /** Reads every portal role's holders and stores them, in the caller's transaction; how many people are enabled. */
    public int sync() {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            for (Person p : directory.holders(role)) {
                people.putIfAbsent(p.username(), p);
                roles.computeIfAbsent(p.username(), u -> EnumSet.noneOf(Role.class)).add(role);
            }
        }
        if (people.isEmpty()) {
            // a directory answering nobody at all is more likely misconfigured than empty: disable no one
            LOG.warning("the identity provider's directory lists nobody with a portal role: the people directory is left as it is");
            return 0;
        }
        List<Member> members = people.values().stream().map(p -> new Member(p, roles.get(p.username()))).toList();
        store.upsert(members);
        int disabled = store.disableAllBut(people.keySet());
        LOG.info(() -> "people directory synced: " + members.size() + " people with a portal role, " + disabled + " disabled");
        return members.size();
    }
}
