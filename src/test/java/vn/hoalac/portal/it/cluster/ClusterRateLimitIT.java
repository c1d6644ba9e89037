package vn.hoalac.portal.it.cluster;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.it.TestUsers;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-user limit counts across the cluster: searches sent to the two instances in turn (asked directly, not
 * through nginx) are refused after about the limit in total, not after the limit on each instance.
 */
@ClusterTest
class ClusterRateLimitIT {

    @Test
    void searchesSpreadOverBothInstancesAreRefusedAfterTheLimitInTotal() {
        // a user for this test alone: nobody else searches as it
        String user = TestUsers.create("cum.timkiem", "HVNN", "university-reviewer");
        int limit = Integer.parseInt(Cluster.config().environment().getOrDefault("RATELIMIT_SEARCHES_PER_MINUTE", "120"));
        String path = "/api/search?q=" + URLEncoder.encode("Hòa Lạc", StandardCharsets.UTF_8);
        Cluster.token(user);

        Map<Integer, Integer> servedBy = new HashMap<>();
        int served = 0;
        HttpResponse<String> refused = null;
        long begin = System.nanoTime();
        for (int i = 0; i < 3 * limit && refused == null; i++) {
            int instance = 1 + i % 2;
            HttpResponse<String> r = Cluster.get(Cluster.stack().instanceUrl(instance), user, path);
            assertThat(Cluster.instanceOf(r)).as("asked directly").isEqualTo(instance);
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                served++;
                servedBy.merge(instance, 1, Integer::sum);
            }
        }
        double minutes = (System.nanoTime() - begin) / 60e9;
        // the bucket refills continuously (the limit per minute): what came back while the searches ran may be used too
        int refilled = (int) Math.ceil(limit * minutes);

        assertThat(refused).as("refused at all, within three times the limit").isNotNull();
        assertThat(servedBy.keySet()).as("both instances served searches").containsExactlyInAnyOrder(1, 2);
        assertThat(served).as("searches served before the first refusal, over both instances (the limit is " + limit
                        + " a minute, " + refilled + " came back meanwhile; served by instance: " + servedBy + ")")
                .isGreaterThanOrEqualTo(limit).isLessThanOrEqualTo(limit + refilled + 1);
        assertThat(Cluster.json(refused.body()).getString("error")).contains("quá " + limit + " lần trong một phút");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }
}
