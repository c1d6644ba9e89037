package vn.hoalac.portal.application.job;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code job_run} in memory, for tests: the periods done, and a lock another "instance" may be holding. */
public final class MemoryJobRuns implements JobRuns {

    public final Set<String> done = new LinkedHashSet<>();
    public boolean lockedElsewhere;

    @Override
    public boolean tryLock(String job) {
        return !lockedElsewhere;
    }

    @Override
    public boolean markDone(String job, String period) {
        return done.add(job + "|" + period);
    }

    @Override
    public boolean done(String job, String period) {
        return done.contains(job + "|" + period);
    }

    @Override
    public int forget(String job, Instant before) {
        return 0;
    }
}
