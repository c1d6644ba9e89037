package vn.hoalac.portal.it.cluster;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.hoalac.portal.it.Browser;
import vn.hoalac.portal.stack.PortalStack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * A rolling restart, one instance at a time as an operator does it (SIGTERM: the instance drains and leaves the data
 * grid), logs nobody out: a signed-in user goes on on the other instance while each is down, and after each is back.
 * (A session that outlives a {@code kill -9} of its instance, and is taken back by the restarted instance, is
 * FailoverIT's second test.)
 */
@ClusterTest
class SessionFailoverIT {

    @Test
    void aRollingRestartOneInstanceAtATimeLogsNobodyOut() throws IOException {
        PortalStack stack = ClusterStackExtension.stack();
        try (Browser reviewer = new Browser()) {
            reviewer.loginAs("dhbk.gopy");
            for (int i = 1; i <= stack.instances(); i++) {
                Path log = stack.config().instanceLog(i);
                long logged = Files.size(log);
                stack.stopInstance(i); // SIGTERM: it drains (503), nginx moves on
                reviewer.open("/");
                assertThat(reviewer.text(By.id("welcome"))).as("while portal-" + i + " is down").isEqualTo("Xin chào, Trần Minh Hải");
                assertThat(Cluster.servingInstance(reviewer)).isNotEqualTo(i);
                stack.startInstance(i);
                int restarted = i;
                eventually(Duration.ofSeconds(60), () -> assertThat(Cluster.dataGridSize(log, logged)).isEqualTo(2));
                eventually(Duration.ofSeconds(30), Duration.ofSeconds(1), () -> {
                    reviewer.open("/");
                    assertThat(reviewer.text(By.id("welcome"))).as("after portal-" + restarted + " is back")
                            .isEqualTo("Xin chào, Trần Minh Hải");
                });
            }
            reviewer.screenshot("cluster-after-rolling-restart");
        }
    }
}
