package vn.hoalac.portal.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the launcher makes of PORTAL_INSTANCES: the instances' ports, names and folders, and an nginx.conf nginx accepts. */
class ClusterLaunchTest {

    private static StackConfig config(Map<String, String> env) {
        return StackConfig.from(env, 8080, 8180, 5433, 9998, 3025, 3143, 6950, "dev", false);
    }

    @Test
    void oneInstanceByDefaultIsThePortalItself() {
        StackConfig one = config(Map.of());
        assertEquals(1, one.portalInstances());
        assertFalse(one.clustered());
        assertEquals("http://localhost:8080", one.instanceUrl(1));
        assertEquals(one.dataDir().resolve("search-index"), one.searchIndexDir(1));
        assertEquals(one.logDir().resolve("payara.log"), one.instanceLog(1));
        assertTrue(one.restoreFrom().isEmpty());
    }

    @Test
    void severalInstancesGetTheirOwnPortsNamesFoldersAndDataGridPorts() {
        StackConfig two = config(Map.of("PORTAL_INSTANCES", "2", "PORTAL_RESTORE_FROM", "/tmp/backup"));
        assertTrue(two.clustered());
        assertEquals("http://localhost:8080", two.portalUrl());
        assertEquals("http://localhost:8081", two.instanceUrl(1));
        assertEquals("http://localhost:8082", two.instanceUrl(2));
        assertEquals("portal-2", two.instanceName(2));
        assertEquals(6951, two.hazelcastPort(2));
        assertFalse(two.searchIndexDir(1).equals(two.searchIndexDir(2)));
        assertFalse(two.payaraTmpDir(1).equals(two.payaraTmpDir(2)));
        assertEquals(two.logDir().resolve("payara-2.log"), two.instanceLog(2));
        assertEquals(Path.of("/tmp/backup"), two.restoreFrom().orElseThrow());
    }

    @Test
    void theClusterTestsRunOnTheirOwnPorts() {
        StackConfig cluster = StackConfig.forClusterTests();
        assertEquals(2, cluster.portalInstances());
        assertEquals(28080, cluster.portalPort());
        assertEquals("http://localhost:28082", cluster.instanceUrl(2));
        assertEquals(28180, cluster.keycloakPort());
        assertEquals(25433, cluster.postgresPort());
        assertEquals(29998, cluster.tikaPort());
        assertEquals(23025, cluster.smtpPort());
        assertEquals(23143, cluster.imapPort());
        assertEquals(26950, cluster.hazelcastPort(1));
        assertTrue(cluster.dataDir().endsWith(Path.of("target/it-cluster-data")));
        assertEquals("5242880", cluster.portalSetting("UPLOAD_MAX_BYTES").orElseThrow());
    }

    @Test
    void nginxAcceptsTheGeneratedConfigurationAndTheErrorPageSpeaksBothLanguages(@TempDir Path dir) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("PORTAL_INSTANCES", "2"));
        StackConfig two = StackConfig.from(env, 8080, 8180, 5433, 9998, 3025, 3143, 6950, "dev", false);
        Nginx nginx = new Nginx(two);
        for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Files.createDirectories(dir.resolve("temp").resolve(temp));
        }
        String conf = nginx.configuration(dir);
        assertTrue(conf.contains("server 127.0.0.1:8081"), conf);
        assertTrue(conf.contains("server 127.0.0.1:8082"), conf);
        assertTrue(conf.contains("hash $sticky consistent"), conf);
        assertTrue(conf.contains("proxy_set_header Host $http_host"), conf);
        assertTrue(conf.contains("proxy_next_upstream error timeout http_502 http_503;"), "a POST is never sent twice");
        // the logs of a test configuration go to the temporary folder, not to the project's data folder
        conf = conf.replace(two.logDir().toString(), dir.toString());
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf, StandardCharsets.UTF_8);
        Process check = new ProcessBuilder(two.nginxBinary().toString(), "-t", "-q", "-p", dir.toString(),
                "-e", dir.resolve("error.log").toString(), "-c", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), output);

        String page = Nginx.errorPage();
        assertTrue(page.contains("Cổng tạm thời chưa phục vụ được"), page);
        assertTrue(page.contains("The portal is briefly unavailable"), page);
    }
}
