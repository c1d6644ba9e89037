package vn.hoalac.portal.it.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hoalac.portal.it.Browser;
import vn.hoalac.portal.it.Multipart;
import vn.hoalac.portal.stack.PortalStack;
import vn.hoalac.portal.stack.StackConfig;

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
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * The cluster stack as the cluster tests use it: nginx (the users' address), each instance asked directly, bearer
 * tokens of the demo users from the cluster's Keycloak, its PostgreSQL, and killing and restarting an instance.
 */
final class Cluster {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, Long> TOKEN_TIMES = new ConcurrentHashMap<>();

    private Cluster() {
    }

    static PortalStack stack() {
        return ClusterStackExtension.stack();
    }

    static StackConfig config() {
        return stack().config();
    }

    /** The users' address (nginx) and a path. */
    static String url(String path) {
        return config().portalUrl() + path;
    }

    /** Instance {@code i}'s own address (1-based) and a path: not through nginx. */
    static String instanceUrl(int i, String path) {
        return stack().instanceUrl(i) + path;
    }

    /** The other instance of the two. */
    static int other(int i) {
        return i == 1 ? 2 : 1;
    }

    /** "portal-2" → 2: the instance an answer's X-Portal-Instance header names. */
    static int instanceOf(HttpResponse<?> response) {
        String name = response.headers().firstValue("X-Portal-Instance")
                .orElseThrow(() -> new AssertionError("no X-Portal-Instance header from " + response.uri()));
        return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
    }

    /** Which instance serves this browser's session now: the X-Portal-Instance header of a request with its cookies. */
    static int servingInstance(Browser browser) {
        Object name = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/resources/css/portal.css', {cache: 'no-store', credentials: 'same-origin'})"
                        + ".then(r => done(r.headers.get('X-Portal-Instance'))).catch(e => done('error ' + e));");
        assertThat(name).as("X-Portal-Instance").asString().matches("portal-\\d");
        return Integer.parseInt(name.toString().substring("portal-".length()));
    }

    /** The size of the data grid the instance's log reported last after {@code from} ("Payara Data Grid State: ... DG Size: 2"). */
    static int dataGridSize(Path log, long from) throws IOException {
        int size = 0;
        for (String line : logAfter(log, from).split("\n")) {
            int at = line.indexOf("DG Size: ");
            if (at >= 0) {
                size = Integer.parseInt(line.substring(at + 9).replaceAll("^(\\d+).*", "$1"));
            }
        }
        return size;
    }

    /** The last {@code lines} lines an instance's log got after {@code from} (its size before), for a failure's report. */
    static String logSince(Path log, long from, int lines) throws IOException {
        List<String> text = logAfter(log, from).lines().toList();
        return String.join("\n", text.subList(Math.max(0, text.size() - lines), text.size()));
    }

    /** What an instance's log got after {@code from} bytes (its size before; the restarted process appends to it). */
    private static String logAfter(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        int start = (int) Math.min(from, all.length);
        return new String(all, start, all.length - start, StandardCharsets.UTF_8);
    }

    /** An access token of the user from the cluster's Keycloak (renewed before it expires: tokens live 5 minutes). */
    static String token(String username) {
        long now = System.nanoTime();
        Long issued = TOKEN_TIMES.get(username);
        if (issued == null || now - issued > Duration.ofMinutes(3).toNanos()) {
            String form = "grant_type=password&client_id=portal-cli&scope=openid&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo123";
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(config().issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("no token for " + username + ": " + r.statusCode() + " " + r.body());
            }
            TOKENS.put(username, json(r.body()).getString("access_token"));
            TOKEN_TIMES.put(username, now);
        }
        return TOKENS.get(username);
    }

    static HttpResponse<String> get(String base, String username, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(username)).GET().build());
    }

    static HttpResponse<byte[]> getBytes(String base, String username, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token(username)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(base + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> postJson(String base, String username, String path, JsonObject body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(username)).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    static HttpResponse<String> sendJson(String base, String username, String method, String path, JsonObject body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(username)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** A plan of bql.soan with one section (key s1) sent for review to ĐHBK and ĐHQGHN: its id; version 1 takes comments. */
    static long planUnderReview(String title) {
        String base = config().portalUrl();
        String code = "CL-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long id = ok(postJson(base, "bql.soan", "/api/plans", Json.createObjectBuilder().add("code", code).add("title", title)
                .add("horizonYear", 2030).add("visionYear", 2045).build()), 201).getJsonNumber("id").longValue();
        long revision = ok(get(base, "bql.soan", "/api/plans/" + id), 200).getJsonObject("draft").getJsonNumber("revision").longValue();
        ok(sendJson(base, "bql.soan", "PUT", "/api/plans/" + id + "/draft", Json.createObjectBuilder().add("revision", revision)
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "s1").add("title", "Chương I")
                        .add("body", "<p>Khu công nghệ cao Hòa Lạc phát triển đến năm 2030.</p>")))
                .add("targets", Json.createArrayBuilder()).build()), 200);
        ok(postJson(base, "bql.soan", "/api/plans/" + id + "/versions", Json.createObjectBuilder().add("note", "Dự thảo gửi lấy ý kiến")
                .add("reviewers", Json.createArrayBuilder().add("DHBK").add("DHQGHN"))
                .add("reviewDeadline", java.time.LocalDate.now().plusDays(30).toString()).build()), 201);
        return id;
    }

    static HttpResponse<String> upload(String base, String username, String filename, byte[] bytes, Map<String, String> fields) {
        Multipart body = new Multipart().file(filename, bytes);
        fields.forEach(body::field);
        return send(HttpRequest.newBuilder(URI.create(base + "/api/documents")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(username)).header("Content-Type", body.contentType())
                .POST(body.body()).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject ok(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered " + response.statusCode()
                    + " instead of " + status + ": " + response.body());
        }
        return json(response.body());
    }

    static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The cluster's PostgreSQL as the schema's owner. */
    static Connection database() throws SQLException {
        StackConfig c = config();
        return DriverManager.getConnection(c.jdbcUrl(), c.dbOwner(), c.dbOwnerPassword());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until instance {@code i}'s own search index has applied every committed change (asked directly). */
    static void awaitIndexed(int i, Duration timeout) {
        eventually(timeout, Duration.ofMillis(250), () -> {
            HttpResponse<String> r = get(stack().instanceUrl(i), "quantri", "/api/admin/search-index");
            if (r.statusCode() != 200) {
                throw new AssertionError("portal-" + i + "'s search index status answered " + r.statusCode() + ": " + r.body());
            }
            JsonObject status = json(r.body());
            if (status.getJsonNumber("lag").longValue() != 0 || !status.getBoolean("complete")) {
                throw new AssertionError("portal-" + i + "'s search index has not caught up: " + r.body());
            }
        });
    }

    /** Logs the browser in through nginx and Keycloak's form; returns once the portal's home page shows. */
    static void login(Browser browser, String username) {
        browser.driver().get(url("/"));
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys("demo123");
        browser.driver().findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    }

    /** Whether the browser shows Keycloak's login page (it was logged out). */
    static boolean onKeycloak(Browser browser) {
        String current = browser.driver().getCurrentUrl();
        return current != null && current.startsWith(config().keycloakUrl());
    }

    /**
     * The instance that serves the browser's session now: a page asked through nginx with the browser's cookies (nginx
     * sends a session to the instance its cookie hashes to) names it in X-Portal-Instance.
     */
    static int instanceServing(Browser browser) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/index.xhtml"))).timeout(Duration.ofSeconds(30))
                .header("Cookie", browser.cookieHeader()).GET().build());
        return instanceOf(r);
    }
}
