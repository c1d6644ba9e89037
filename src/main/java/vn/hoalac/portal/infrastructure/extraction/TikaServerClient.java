package vn.hoalac.portal.infrastructure.extraction;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;

/**
 * Sends a file to tika-server's {@code /rmeta/text} (text and metadata of the file and everything embedded in it),
 * with timeouts, a write limit and OCR only when asked. The file's name is not sent: the type is found from the bytes.
 */
public class TikaServerClient {

    /** tika-server does not answer at all (down, restarting): wait and try again, it is not the file's fault. */
    public static class Unavailable extends Exception {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The file could not be extracted (timeout, parse failure, server error while parsing it): why, as a reason code. */
    public static class Failed extends Exception {
        private final transient ExtractionProblem problem;
        private final boolean retryable;

        Failed(ExtractionProblem problem, boolean retryable) {
            super(problem.code() + (problem.detail() == null ? "" : " (" + problem.detail() + ")"));
            this.problem = problem;
            this.retryable = retryable;
        }

        Failed(String code, String detail, boolean retryable) {
            this(new ExtractionProblem(code, detail), retryable);
        }

        public ExtractionProblem problem() {
            return problem;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final HttpClient http;
    private final URI rmeta;
    private final int maxChars;

    public TikaServerClient(String baseUrl, int maxChars) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        this.rmeta = URI.create(baseUrl + "/rmeta/text");
        this.maxChars = maxChars;
    }

    public ExtractedText extract(Path file, OcrPolicy.Pass ocr, Duration timeout) throws Unavailable, Failed, IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(rmeta)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Content-Type", "application/octet-stream")
                .header("writeLimit", String.valueOf(maxChars + 1))
                .header("maxEmbeddedResources", "1000")
                .PUT(HttpRequest.BodyPublishers.ofFile(file));
        switch (ocr) {
            case NONE -> request.header("X-Tika-OCRskipOcr", "true");
            case IMAGE -> request.header("X-Tika-OCRLanguage", "vie+eng");
            case PDF_PAGES -> request.header("X-Tika-OCRLanguage", "vie+eng").header("X-Tika-PDFOcrStrategy", "ocr_only");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new Unavailable("tika-server does not answer: " + e, e);
        } catch (HttpTimeoutException e) {
            throw new Failed(ExtractionProblem.TIMEOUT, "no answer within " + timeout.toSeconds() + " s", true);
        } catch (IOException e) {
            // connection reset while parsing: the server (or its forked child) died on this file, or was restarted
            throw new Failed(ExtractionProblem.DISCONNECTED, e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
        String body;
        try (InputStream in = response.body()) {
            // bounded read: the write limit caps the text, this caps whatever else the answer holds
            byte[] bytes = in.readNBytes(maxChars * 4 + 4 * 1024 * 1024);
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        int status = response.statusCode();
        if (status == 422 || status == 415) {
            throw new Failed(ExtractionProblem.REFUSED, "tika-server: HTTP " + status, false);
        }
        if (status == 503 || status == 502) {
            throw new Unavailable("tika-server answered " + status, null);
        }
        if (status != 200) {
            throw new Failed(ExtractionProblem.SERVER_ERROR, "tika-server: HTTP " + status, status >= 500);
        }
        return parse(body, ocr != OcrPolicy.Pass.NONE);
    }

    ExtractedText parse(String body, boolean ocr) throws Failed {
        JsonArray entries;
        try (var reader = Json.createReader(new StringReader(body))) {
            entries = reader.readArray();
        } catch (JsonParsingException | IllegalStateException e) {
            throw new Failed(ExtractionProblem.BAD_ANSWER, e.getClass().getSimpleName(), true);
        }
        if (entries.isEmpty()) {
            throw new Failed(ExtractionProblem.NO_CONTENT, "tika-server: []", false);
        }
        JsonObject container = entries.getJsonObject(0);
        String containerError = first(container, "X-TIKA:EXCEPTION:container_exception");
        StringBuilder text = new StringBuilder();
        boolean limitReached = false;
        for (JsonValue entry : entries) {
            JsonObject meta = entry.asJsonObject();
            String content = first(meta, "X-TIKA:content");
            if (content != null && !content.isBlank()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(content.strip());
            }
            limitReached |= "true".equals(first(meta, "X-TIKA:WARN:write_limit_reached"));
        }
        if (containerError != null && text.toString().isBlank()) {
            throw new Failed(FailureReasons.describe(containerError), false);
        }
        String normalized = Normalizer.normalize(text.toString().replace('\u0000', ' '), Normalizer.Form.NFC);
        boolean truncated = limitReached || normalized.length() > maxChars;
        if (normalized.length() > maxChars) {
            normalized = normalized.substring(0, maxChars);
        }
        Integer pages = null;
        String pageCount = first(container, "xmpTPg:NPages");
        if (pageCount != null) {
            try {
                pages = Integer.valueOf(pageCount.trim());
            } catch (NumberFormatException ignored) {
                // not a number: leave it unknown
            }
        }
        String type = first(container, "Content-Type");
        return new ExtractedText(normalized, truncated,
                type == null ? null : type.split(";")[0].trim(),
                pages,
                nfc(first(container, "dc:creator")),
                first(container, "dcterms:created"),
                nfc(first(container, "dc:title")),
                LanguageGuess.of(normalized),
                ocr,
                containerError == null ? null : FailureReasons.describe(containerError));
    }

    private static String first(JsonObject meta, String key) {
        JsonValue value = meta.get(key);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case ARRAY -> value.asJsonArray().isEmpty() ? null : value.asJsonArray().get(0) instanceof JsonString s ? s.getString()
                    : value.asJsonArray().get(0).toString();
            default -> value.toString();
        };
    }

    private static String nfc(String s) {
        return s == null || s.isBlank() ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
