package vn.hoalac.portal.it.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail stays one chain with two instances writing to it at once: plans created in parallel on both
 * instances (asked directly) each leave one event, and the chain verifies on both.
 */
@ClusterTest
class ClusterAuditChainIT {

    private static final int WRITERS_PER_INSTANCE = 3;
    private static final int PLANS_PER_WRITER = 8;

    @Test
    void twoInstancesAppendingAtOnceLeaveOneIntactChain() throws Exception {
        long before = maxEventId();
        String run = UUID.randomUUID().toString().substring(0, 6);
        Cluster.token("bql.soan");
        List<Long> created = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> servedBy = new ConcurrentHashMap<>();
        ExecutorService writers = Executors.newFixedThreadPool(2 * WRITERS_PER_INSTANCE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int w = 0; w < 2 * WRITERS_PER_INSTANCE; w++) {
                int instance = 1 + w % 2;
                int writer = w;
                done.add(writers.submit(() -> {
                    start.await();
                    for (int n = 0; n < PLANS_PER_WRITER; n++) {
                        JsonObject plan = Json.createObjectBuilder().add("code", "AU-" + run + "-" + writer + "-" + n)
                                .add("title", "Đề án kiểm thử nhật ký cụm " + run).add("horizonYear", 2030).add("visionYear", 2045).build();
                        HttpResponse<String> r = Cluster.postJson(Cluster.stack().instanceUrl(instance), "bql.soan", "/api/plans", plan);
                        created.add(Cluster.ok(r, 201).getJsonNumber("id").longValue());
                        servedBy.merge(Cluster.instanceOf(r), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(3, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }
        assertThat(created).hasSize(2 * WRITERS_PER_INSTANCE * PLANS_PER_WRITER);
        assertThat(servedBy).as("written by both instances").containsOnlyKeys(1, 2);

        // one event per plan, none lost or doubled
        try (Connection db = Cluster.database(); Statement sql = db.createStatement();
             ResultSet r = sql.executeQuery("SELECT entity_id, count(*) FROM audit_event WHERE id > " + before
                     + " AND action = 'PLAN_CREATED' AND entity_type = 'PLAN' GROUP BY entity_id")) {
            Map<Long, Integer> events = new java.util.HashMap<>();
            while (r.next()) {
                events.put(Long.parseLong(r.getString(1)), r.getInt(2));
            }
            for (long id : created) {
                assertThat(events.get(id)).as("PLAN_CREATED events of plan " + id).isEqualTo(1);
            }
        }
        // the chain verifies, asked of each instance
        for (int i = 1; i <= 2; i++) {
            JsonObject verified = Cluster.ok(Cluster.get(Cluster.stack().instanceUrl(i), "quantri", "/api/audit/verify"), 200);
            assertThat(verified.getBoolean("intact")).as("portal-" + i + ": " + verified).isTrue();
        }
    }

    private static long maxEventId() throws SQLException {
        try (Connection db = Cluster.database(); Statement sql = db.createStatement();
             ResultSet r = sql.executeQuery("SELECT coalesce(max(id), 0) FROM audit_event")) {
            r.next();
            return r.getLong(1);
        }
    }
}
