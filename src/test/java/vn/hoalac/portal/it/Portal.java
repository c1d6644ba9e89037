package vn.hoalac.portal.it;

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
import java.time.Duration;

/** Addresses of the stack under test and plain HTTP helpers (tokens of the demo users through portal-cli). */
public final class Portal {

    public static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Portal() {
    }

    public static String url(String path) {
        return PortalStackExtension.config().portalUrl() + path;
    }

    public static String issuer() {
        return PortalStackExtension.config().issuer();
    }

    /** The token response of a password grant of the demo-only client {@code portal-cli}. */
    public static JsonObject tokens(String username, String password) {
        String form = "grant_type=password&client_id=portal-cli&scope=openid"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body());
    }

    public static String accessToken(String username) {
        return tokens(username, "demo123").getString("access_token");
    }

    public static HttpResponse<String> get(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** A connection to the portal's database as the schema's owner (for the tamper and seal tests, and test set-up). */
    public static java.sql.Connection database() throws java.sql.SQLException {
        var config = PortalStackExtension.config();
        return java.sql.DriverManager.getConnection(config.jdbcUrl(), config.dbOwner(), config.dbOwnerPassword());
    }

    /** A connection as the role the portal itself runs as (what a flaw in the portal could reach). */
    public static java.sql.Connection runtimeDatabase() throws java.sql.SQLException {
        var config = PortalStackExtension.config();
        return java.sql.DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
    }
}
