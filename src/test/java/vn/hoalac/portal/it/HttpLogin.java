package vn.hoalac.portal.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser login done by a plain HTTP client, step by step as a browser does it (portal → Keycloak's login form →
 * the portal's callback), so that a test sees the raw {@code Set-Cookie} headers the portal sends and holds the
 * session cookie as a victim's browser would, with no bearer token.
 */
final class HttpLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    /** Every {@code Set-Cookie} header the portal sent during the login. */
    final List<String> portalSetCookies = new ArrayList<>();
    /** Cookies per host and port, sent back whatever their flags say (Keycloak marks its own Secure; this is loopback). */
    private final java.util.Map<String, java.util.Map<String, String>> cookies = new java.util.HashMap<>();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static HttpLogin as(String username) {
        HttpLogin login = new HttpLogin();
        login.run(username);
        return login;
    }

    private void run(String username) {
        HttpResponse<String> start = portal(HttpRequest.newBuilder(URI.create(Portal.url("/"))).GET().build());
        String keycloak = start.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect to Keycloak"));
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(keycloak)).GET().build());
        Matcher action = FORM_ACTION.matcher(form.body());
        if (!action.find()) {
            throw new AssertionError("no login form on " + keycloak);
        }
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo123&credentialId=";
        HttpResponse<String> loggedIn = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String callback = loggedIn.headers().firstValue("Location").orElseThrow(() -> new AssertionError("login refused: " + loggedIn.statusCode()));
        HttpResponse<String> landed = portal(HttpRequest.newBuilder(URI.create(callback)).GET().build());
        if (landed.statusCode() != 302) {
            throw new AssertionError("callback answered " + landed.statusCode());
        }
        HttpResponse<String> home = portal(HttpRequest.newBuilder(URI.create(Portal.url("/index.xhtml"))).GET().build());
        if (home.statusCode() != 200) {
            throw new AssertionError("not logged in: home page answered " + home.statusCode());
        }
    }

    /** A request to the portal with the session's cookies (and nothing else); its Set-Cookie headers are kept. */
    HttpResponse<String> portal(HttpRequest request) {
        HttpResponse<String> response = send(request);
        portalSetCookies.addAll(response.headers().allValues("Set-Cookie"));
        return response;
    }

    HttpResponse<String> send(HttpRequest request) {
        String origin = request.uri().getHost() + ":" + request.uri().getPort();
        java.util.Map<String, String> jar = cookies.computeIfAbsent(origin, o -> new java.util.LinkedHashMap<>());
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
        if (!jar.isEmpty()) {
            withCookies.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(withCookies.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    jar.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            return response;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
