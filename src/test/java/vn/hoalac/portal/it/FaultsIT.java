package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * Faults during a run of uploads: tika-server is killed and PostgreSQL restarted while a user keeps uploading. Every
 * request either succeeds or fails cleanly (503 JSON, no stack trace) and is retried as a person would; afterwards every
 * accepted upload is there, with its bytes, and ends with a final extraction status once tika-server is back.
 */
@ExtendWith(PortalStackExtension.class)
@Order(Integer.MAX_VALUE - 1) // stops services: after the other tests, before OutageIT
class FaultsIT {

    @Test
    void everyUploadSurvivesADatabaseRestartAndATikaCrash() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Long> accepted = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        CompletableFuture<Void> restart = null;
        boolean databaseStopped = false;
        try {
            for (int i = 0; i < 12; i++) {
                if (i == 3) {
                    PortalStackExtension.stack().killTika();
                }
                if (i == 6) {
                    PortalStackExtension.stack().stopDatabase();
                    databaseStopped = true;
                }
                byte[] bytes = ("<html><head><title>Lỗi có kiểm soát " + run + " " + i + "</title></head><body><p>Khu công nghệ cao Hòa Lạc, "
                        + "tệp số " + i + " của lượt " + run + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
                HttpResponse<String> response = Library.upload("bql.soan", "su-co-" + run + "-" + i + ".html", bytes, Map.of());
                if (response.statusCode() != 201) {
                    failures.add(i + ": " + response.statusCode());
                    assertThat(response.statusCode()).as("a failure during the outage is a clean 503").isEqualTo(503);
                    assertThat(Portal.json(response.body()).getString("error")).contains("cơ sở dữ liệu");
                    AccessIT.assertNoServerInternals(response.body());
                    if (restart == null && databaseStopped) {
                        // the database comes back by itself once it has failed an upload, as after a restart (which takes seconds)
                        restart = CompletableFuture.runAsync(() -> PortalStackExtension.stack().startDatabase());
                    }
                    // the person tries again until the database is back
                    response = retry("su-co-" + run + "-" + i + ".html", bytes);
                }
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                accepted.add(Portal.json(response.body()).getJsonNumber("id").longValue());
            }
        } finally {
            // never left down for the tests after this one, whatever failed
            if (restart != null) {
                restart.join();
            } else if (databaseStopped) {
                PortalStackExtension.stack().startDatabase();
            }
        }
        assertThat(failures).as("uploads during the database outage failed cleanly").isNotEmpty();
        PortalStackExtension.stack().startTikaAgain();

        assertThat(accepted).hasSize(12).doesNotHaveDuplicates();
        for (long id : accepted) {
            JsonObject document = Library.awaitExtraction("bql.soan", id, Duration.ofMinutes(3));
            JsonObject extraction = Library.currentVersion(document).getJsonObject("extraction");
            assertThat(extraction.getString("status")).as("document " + id).isEqualTo("DONE");
            assertThat(Library.getBytes("bql.soan", "/api/documents/" + id + "/versions/1/content").statusCode()).isEqualTo(200);
        }
        assertThat(Library.search("bql.soan", run).getInt("total")).as("every upload is found").isEqualTo(12);
        awaitKeycloakLogins(); // Keycloak keeps its data in the same PostgreSQL: the tests after this one log in again
    }

    private static void awaitKeycloakLogins() {
        eventually(Duration.ofMinutes(2), Duration.ofSeconds(1), () -> Portal.tokens("dhbk.gopy", "demo123"));
    }

    /** Uploads again, as a person would every second or so, until the upload is stored (one 201: nothing is stored twice). */
    private static HttpResponse<String> retry(String name, byte[] bytes) {
        return eventually(Duration.ofSeconds(90), Duration.ofSeconds(1),
                () -> Library.upload("bql.soan", name, bytes, Map.of()), response -> response.statusCode() == 201);
    }
}
