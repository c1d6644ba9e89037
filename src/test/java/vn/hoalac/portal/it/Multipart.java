package vn.hoalac.portal.it;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body for the upload API (fields and one file). */
public final class Multipart {

    private final String boundary = "----portal-" + UUID.randomUUID();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileName;
    private byte[] fileBytes;

    public Multipart field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    public Multipart file(String name, byte[] bytes) {
        this.fileName = name;
        this.fileBytes = bytes;
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public HttpRequest.BodyPublisher body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n"));
        if (fileName != null) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(fileBytes);
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
