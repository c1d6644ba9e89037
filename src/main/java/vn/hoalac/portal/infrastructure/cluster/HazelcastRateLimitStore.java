package vn.hoalac.portal.infrastructure.cluster;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hoalac.portal.application.ratelimit.RateLimitStore;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rate limits' buckets in Payara's data grid (Hazelcast, JNDI {@code payara/Hazelcast}): one {@link IMap} that
 * every instance of the cluster shares, with strings for keys and values (Hazelcast's own class loader need not see
 * the portal's classes) and compare-and-set updates ({@code putIfAbsent}, {@code replace(key, old, new)}), atomic on
 * the member owning the key. An entry unused for {@value #MAX_IDLE_SECONDS} s is dropped (its bucket is full again
 * by then anyway). When the grid is not there (it could not be looked up, or it is shutting down) every call throws,
 * and {@link vn.hoalac.portal.application.ratelimit.RateLimits} counts in memory; the lookup is tried again a minute later.
 */
@ApplicationScoped
public class HazelcastRateLimitStore implements RateLimitStore {

    private static final Logger LOG = Logger.getLogger(HazelcastRateLimitStore.class.getName());

    static final String JNDI = "payara/Hazelcast";
    static final String MAP = "portal-rate-limits";
    static final int MAX_IDLE_SECONDS = 180;
    static final long LOOKUP_AGAIN_MILLIS = 60_000;

    private volatile IMap<String, String> map;
    private volatile long nextLookup;
    private volatile String cause = "not looked up yet";

    @Override
    public String get(String key) {
        try {
            return map().get(key);
        } catch (RuntimeException e) {
            throw forget(e);
        }
    }

    @Override
    public boolean insert(String key, String bucket) {
        try {
            return map().putIfAbsent(key, bucket) == null;
        } catch (RuntimeException e) {
            throw forget(e);
        }
    }

    @Override
    public boolean replace(String key, String expected, String bucket) {
        try {
            return map().replace(key, expected, bucket);
        } catch (RuntimeException e) {
            throw forget(e);
        }
    }

    @Override
    public String describe() {
        return "the data grid (" + JNDI + ", map " + MAP + ")";
    }

    /** A call failed (the grid shutting down, a member lost): look it up again at the next call. */
    private RuntimeException forget(RuntimeException e) {
        map = null;
        return e;
    }

    private IMap<String, String> map() {
        IMap<String, String> m = map;
        if (m != null) {
            return m;
        }
        synchronized (this) {
            if (map != null) {
                return map;
            }
            long now = System.currentTimeMillis();
            if (now < nextLookup) {
                throw new IllegalStateException("the data grid is not there: " + cause);
            }
            try {
                Object found = new InitialContext().lookup(JNDI);
                if (!(found instanceof HazelcastInstance hz) || !hz.getLifecycleService().isRunning()) {
                    throw new IllegalStateException(JNDI + " is " + (found == null ? "null" : "not running"));
                }
                try {
                    // dynamic configuration, before the map is first used; the same on every instance
                    hz.getConfig().addMapConfig(new MapConfig(MAP).setMaxIdleSeconds(MAX_IDLE_SECONDS).setBackupCount(1));
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "map config of " + MAP + " not added (the map keeps its defaults)", e);
                }
                IMap<String, String> looked = hz.getMap(MAP);
                int members = hz.getCluster().getMembers().size();
                LOG.info(() -> "rate limits count in the data grid: map " + MAP + ", " + members + " member(s)");
                map = looked;
                return looked;
            } catch (NamingException | RuntimeException | LinkageError e) {
                nextLookup = now + LOOKUP_AGAIN_MILLIS;
                cause = String.valueOf(e);
                throw new IllegalStateException("the data grid could not be looked up as " + JNDI + ": " + e, e);
            }
        }
    }
}
