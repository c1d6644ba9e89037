package vn.hoalac.portal.it;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static vn.hoalac.portal.it.Eventually.eventually;

/** The documents API as the tests use it, with one token per demo user. */
public final class Library {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, Long> TOKEN_TIMES = new ConcurrentHashMap<>();

    private Library() {
    }

    /** The shared corpus of Vietnamese documents (../shared/corpus beside the project, or -Dcorpus.dir). */
    public static Path corpus(String file) {
        Path dir = PortalStackExtension.config().corpusDir().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the Vietnamese corpus is expected at " + dir
                    + " (shared/corpus beside the project); point -Dcorpus.dir at it");
        }
        return dir.resolve(file);
    }

    public static byte[] corpusBytes(String file) {
        try {
            return Files.readAllBytes(corpus(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An access token of the user (renewed before it expires: tokens live 5 minutes). */
    public static String token(String username) {
        long now = System.nanoTime();
        Long issued = TOKEN_TIMES.get(username);
        if (issued == null || now - issued > Duration.ofMinutes(3).toNanos()) {
            TOKENS.put(username, Portal.accessToken(username));
            TOKEN_TIMES.put(username, now);
        }
        return TOKENS.get(username);
    }

    public static HttpResponse<String> upload(String username, String filename, byte[] bytes, Map<String, String> fields) {
        Multipart body = new Multipart().file(filename, bytes);
        fields.forEach(body::field);
        return Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/documents")))
                .header("Authorization", "Bearer " + token(username))
                .header("Content-Type", body.contentType())
                .POST(body.body()).build());
    }

    public static JsonObject uploadOk(String username, String filename, byte[] bytes, Map<String, String> fields) {
        HttpResponse<String> response = upload(username, filename, bytes, fields);
        if (response.statusCode() != 201) {
            throw new AssertionError("upload of " + filename + " answered " + response.statusCode() + ": " + response.body());
        }
        return Portal.json(response.body());
    }

    public static HttpResponse<String> addVersion(String username, long id, String filename, byte[] bytes, Integer baseVersion, String note) {
        Multipart body = new Multipart().file(filename, bytes);
        if (baseVersion != null) {
            body.field("baseVersion", baseVersion.toString());
        }
        if (note != null) {
            body.field("note", note);
        }
        return Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/documents/" + id + "/versions")))
                .header("Authorization", "Bearer " + token(username))
                .header("Content-Type", body.contentType())
                .POST(body.body()).build());
    }

    /** A GET as this user; a search or a library list first waits for the index to hold every change made before. */
    public static HttpResponse<String> get(String username, String path) {
        if (path.startsWith("/api/search") || path.startsWith("/api/documents?") || path.equals("/api/documents")) {
            awaitIndexed();
        }
        return Portal.get(path, token(username));
    }

    /** Every item of a list answer ({@code {"total", "items"}}) as this user, page after page, until {@code total} are read. */
    public static List<JsonObject> items(String username, String path) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = get(username, path + (path.contains("?") ? "&" : "?") + "size=200&page=" + page);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " as " + username + ": " + response.statusCode() + " " + response.body());
            }
            JsonObject body = Portal.json(response.body());
            List<JsonObject> items = body.getJsonArray("items").getValuesAs(JsonObject.class);
            all.addAll(items);
            if (items.isEmpty() || all.size() >= body.getJsonNumber("total").longValue()) {
                return all;
            }
        }
    }

    public static HttpResponse<byte[]> getBytes(String username, String path) {
        try {
            return Portal.HTTP.send(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                    .header("Authorization", "Bearer " + token(username)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> post(String username, String path) {
        return Portal.send(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                .header("Authorization", "Bearer " + token(username))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /**
     * Waits until this portal's search index has applied every committed change (the administrators' status reads a
     * lag of 0): a search or a library page asked afterwards sees every change made before the call.
     */
    public static void awaitIndexed() {
        // Keycloak (on the same PostgreSQL) may refuse a token for a moment after a database restart: retried as well
        eventually(Duration.ofSeconds(30), Duration.ofMillis(50), () -> {
            HttpResponse<String> r = Portal.get("/api/admin/search-index", token("quantri"));
            if (r.statusCode() != 200) {
                throw new AssertionError("the search index status answered " + r.statusCode() + ": " + r.body());
            }
            JsonObject status = Portal.json(r.body());
            if (status.getJsonNumber("lag").longValue() != 0 || !status.getBoolean("complete")) {
                throw new AssertionError("the search index has not caught up: " + r.body());
            }
        });
    }

    /** Searches documents only (the other records' ids could be mistaken for a document's). */
    public static JsonObject search(String username, String query) {
        return search(username, query, "DOCUMENT");
    }

    /** Searches records of one type (DOCUMENT, PLAN, AGREEMENT, PROPOSAL), or of every type when {@code type} is null. */
    public static JsonObject search(String username, String query, String type) {
        awaitIndexed();
        HttpResponse<String> response = get(username, "/api/search?size=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (type == null ? "" : "&type=" + type));
        if (response.statusCode() != 200) {
            throw new AssertionError("search answered " + response.statusCode() + ": " + response.body());
        }
        return Portal.json(response.body());
    }

    /** Waits until the extraction of the current version is final (DONE or FAILED) and returns the document. */
    public static JsonObject awaitExtraction(String username, long id, Duration timeout) {
        return eventually(timeout, Duration.ofMillis(500), () -> Portal.json(get(username, "/api/documents/" + id).body()),
                document -> List.of("DONE", "FAILED").contains(currentVersion(document).getJsonObject("extraction").getString("status")));
    }

    public static JsonObject currentVersion(JsonObject document) {
        int current = document.getInt("currentVersion");
        return document.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getInt("number") == current).findFirst().orElseThrow();
    }
}
