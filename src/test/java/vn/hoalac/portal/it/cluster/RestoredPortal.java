package vn.hoalac.portal.it.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * What a portal restored from target/it-backup must show, asked of each instance directly (not through nginx):
 * {@code expected.json} of BackupIT lists it. Only the portal's own API, as its users: every listed document
 * version downloads byte-exact, the audit chain verifies, the sealed versions still verify, the demo users log in,
 * and once each instance's search index has rebuilt itself, search finds the older document.
 */
public final class RestoredPortal {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String issuer;
    private final JsonObject expected;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    RestoredPortal(String issuer, Path backup) throws IOException {
        this.issuer = issuer;
        try (var reader = Json.createReader(Files.newBufferedReader(backup.resolve("expected.json")))) {
            this.expected = reader.readObject();
        }
    }

    JsonObject expected() {
        return expected;
    }

    /** A password grant of the demo-only client portal-cli: the restored Keycloak knows the user and the password. */
    String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=portal-cli&scope=openid&username="
                            + URLEncoder.encode(u, StandardCharsets.UTF_8) + "&password=demo123")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("log-in of " + u + ": " + r.body()).isEqualTo(200);
            return json(r.body()).getString("access_token");
        });
    }

    /** Each demo user gets a token from the restored Keycloak, and the instance accepts it; returns who answered. */
    String everyDemoUserLogsIn(String instance) {
        String servedBy = null;
        for (String user : expected.getJsonArray("users").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()) {
            HttpResponse<String> me = get(instance, "/api/documents?size=1", user);
            assertThat(me.statusCode()).as(user + " on " + instance + ": " + me.body()).isEqualTo(200);
            servedBy = me.headers().firstValue("X-Portal-Instance").orElse(null);
        }
        return servedBy;
    }

    /** Each listed version through the download API, compared by SHA-256; the acknowledged uploads among them. */
    int everyVersionIsByteExact(String instance) {
        List<JsonObject> versions = expected.getJsonArray("versions").getValuesAs(JsonObject.class);
        assertThat(versions).isNotEmpty();
        for (JsonObject v : versions) {
            String path = "/api/documents/" + v.getJsonNumber("document").longValue() + "/versions/" + v.getInt("number") + "/content";
            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(instance + path))
                    .header("Authorization", "Bearer " + token(v.getString("user"))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(sha256(r.body())).as(path).isEqualTo(v.getString("sha256"));
        }
        for (JsonObject upload : expected.getJsonArray("acknowledged").getValuesAs(JsonObject.class)) {
            String path = "/api/documents/" + upload.getJsonNumber("document").longValue() + "/versions/1/content";
            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(instance + path))
                    .header("Authorization", "Bearer " + token(upload.getString("user"))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as("upload acknowledged before the backup started: " + path).isEqualTo(200);
            assertThat(sha256(r.body())).as("upload acknowledged before the backup started: " + path).isEqualTo(upload.getString("sha256"));
        }
        return versions.size();
    }

    /** The whole chain verifies, with at least the events the backup had, and the backup's last event is in it unchanged. */
    void theAuditChainVerifies(String instance) {
        HttpResponse<String> r = get(instance, "/api/audit/verify", "quantri");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject verification = json(r.body());
        JsonObject head = expected.getJsonObject("auditHead");
        assertThat(verification.getBoolean("intact")).as(r.body()).isTrue();
        assertThat(verification.getJsonNumber("checked").longValue()).as(r.body()).isGreaterThanOrEqualTo(head.getJsonNumber("events").longValue());
        long id = head.getJsonNumber("id").longValue();
        JsonObject found = null;
        for (int page = 0; found == null; page++) { // newest first: the events after the restore come before it
            HttpResponse<String> events = get(instance, "/api/audit?size=1000&page=" + page, "quantri");
            assertThat(events.statusCode()).as(events.body()).isEqualTo(200);
            List<JsonObject> items = json(events.body()).getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(items).as("the audit event " + id + " of the backup").isNotEmpty();
            found = items.stream().filter(e -> e.getJsonNumber("id").longValue() == id).findFirst().orElse(null);
        }
        assertThat(found.getString("hash")).as("the audit event " + id).isEqualTo(head.getString("hash"));
    }

    void theSealedVersionsVerify(String instance) {
        List<JsonObject> sealed = expected.getJsonArray("sealed").getValuesAs(JsonObject.class);
        assertThat(sealed).isNotEmpty();
        for (JsonObject s : sealed) {
            String path = "/api/plans/" + s.getJsonNumber("plan").longValue() + "/versions/" + s.getInt("number") + "/seal";
            HttpResponse<String> r = get(instance, path, "bcd.pheduyet");
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            JsonObject seal = json(r.body());
            assertThat(seal.getBoolean("intact")).as(path + ": " + r.body()).isTrue();
            assertThat(seal.getString("storedSha256")).as(path).isEqualTo(s.getString("seal"));
        }
    }

    /** Waits until the instance's own index has caught up (it was built from the database), then searches. */
    void searchFindsTheOlderDocument(String instance) {
        JsonObject search = expected.getJsonObject("search");
        long id = search.getJsonNumber("document").longValue();
        eventually(Duration.ofMinutes(3), Duration.ofMillis(500), () -> {
            HttpResponse<String> status = get(instance, "/api/admin/search-index", "quantri");
            assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
            JsonObject s = json(status.body());
            assertThat(s.getJsonNumber("lag").longValue() == 0 && s.getBoolean("complete")).as(instance + ": " + status.body()).isTrue();
        });
        HttpResponse<String> r = get(instance, "/api/search?type=DOCUMENT&size=50&q="
                + URLEncoder.encode(search.getString("query"), StandardCharsets.UTF_8), search.getString("user"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r.body()).getJsonArray("items").getValuesAs(JsonObject.class))
                .as(instance + " searching " + search.getString("query")).anySatisfy(i -> assertThat(i.getJsonNumber("id").longValue()).isEqualTo(id));
    }

    HttpResponse<String> get(String instance, String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(instance + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same checks against any restored portal ({@code ISSUER URL...}): how a restore is checked by hand, and how it
     * was checked on a single-instance stack of its own ports.
     */
    public static void main(String[] args) throws Exception {
        RestoredPortal restored = new RestoredPortal(args[0], Path.of(System.getProperty("backup", "target/it-backup")));
        for (int i = 1; i < args.length; i++) {
            String instance = args[i];
            restored.everyDemoUserLogsIn(instance);
            int versions = restored.everyVersionIsByteExact(instance);
            restored.theAuditChainVerifies(instance);
            restored.theSealedVersionsVerify(instance);
            restored.searchFindsTheOlderDocument(instance);
            System.out.println("[restore-check] " + instance + ": " + versions + " document versions byte-exact, audit chain intact, "
                    + restored.expected().getJsonArray("sealed").size() + " seals intact, search found the older document, "
                    + restored.expected().getJsonArray("users").size() + " demo users logged in");
        }
    }
}
