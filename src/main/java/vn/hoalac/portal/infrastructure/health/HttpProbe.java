package vn.hoalac.portal.infrastructure.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

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

    static HealthCheckResponse check(String name, String url) {
        var response = HealthCheckResponse.named(name).withData("url", url);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return response.withData("status", status).status(status == 200).build();
        } catch (IOException | IllegalArgumentException e) {
            return response.withData("error", String.valueOf(e.getMessage())).down().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.withData("error", "interrupted").down().build();
        }
    }
}
