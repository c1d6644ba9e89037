package vn.hoalac.portal.infrastructure.health;

import vn.hoalac.portal.application.ServiceChecks.Check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One GET with short timeouts; UP when the service answers 200. */
final class HttpProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HttpProbe() {
    }

    static Check check(String name, String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Check(name, status == 200, url + " → HTTP " + status);
        } catch (IOException | IllegalArgumentException e) {
            return new Check(name, false, url + " → " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Check(name, false, url + " → interrupted");
        }
    }
}
