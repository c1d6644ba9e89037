package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files built to hurt a parser. Each one is kept byte for byte, its extraction ends DONE (capped) or FAILED with a
 * reason a person can read, and the portal stays up and keeps extracting other files.
 */
@ExtendWith(PortalStackExtension.class)
class HostileFilesIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zip-bomb.zip", "truncated.pdf", "nested-archive.zip", "billion-laughs.xml", "executable-renamed.pdf",
            "garbage.docx"})
    void aHostileFileIsKeptAndEndsWithAFinalStatusWhileThePortalStaysUp(String name) {
        byte[] bytes = build(name);
        JsonObject created = Library.uploadOk("bql.soan", name, bytes, Map.of("category", "Tệp độc hại"));
        long id = created.getJsonNumber("id").longValue();

        JsonObject version = Library.currentVersion(Library.awaitExtraction("bql.soan", id, Duration.ofMinutes(6)));
        JsonObject extraction = version.getJsonObject("extraction");
        String status = extraction.getString("status");
        System.out.printf("hostile file %s: %s %s (%s)%n", name, status, extraction.get("error"), version.get("contentType"));
        assertThat(status).isIn("DONE", "FAILED");
        if (status.equals("FAILED")) {
            assertThat(extraction.getString("error")).as("a failure says why").isNotBlank();
            if (name.equals("truncated.pdf") || name.equals("garbage.docx")) {
                assertThat(extraction.getString("error")).as("in words, not only the parser's").startsWith("Tệp bị");
            }
        }
        if (name.equals("executable-renamed.pdf")) {
            assertThat(version.getString("contentType")).as("sniffed from the bytes, not the name").doesNotContain("pdf");
        }

        HttpResponse<byte[]> download = Library.getBytes("bql.soan", "/api/documents/" + id + "/versions/1/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(Arrays.equals(download.body(), bytes)).as("the upload is kept byte for byte").isTrue();

        assertThat(Portal.get("/health/ready", null).statusCode()).isEqualTo(200);
        long healthy = Library.uploadOk("bql.soan", "binh-thuong.txt",
                ("Tệp bình thường sau " + name + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8), Map.of())
                .getJsonNumber("id").longValue();
        assertThat(Library.currentVersion(Library.awaitExtraction("bql.soan", healthy, Duration.ofMinutes(3)))
                .getJsonObject("extraction").getString("status")).isEqualTo("DONE");
    }

    static byte[] build(String name) {
        try {
            return switch (name) {
                case "zip-bomb.zip" -> zipOf("so-khong.txt", new byte[200 * 1024 * 1024]);
                case "truncated.pdf" -> {
                    byte[] pdf = Library.corpusBytes("de-an-2030-chuong-1.pdf");
                    yield Arrays.copyOf(pdf, pdf.length / 3);
                }
                case "nested-archive.zip" -> {
                    byte[] inner = "Lõi của tệp nén lồng nhau".getBytes(StandardCharsets.UTF_8);
                    String entry = "loi.txt";
                    for (int level = 0; level < 40; level++) {
                        inner = zipOf(entry, inner);
                        entry = "tang-" + level + ".zip";
                    }
                    yield inner;
                }
                case "billion-laughs.xml" -> {
                    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
                    for (int i = 1; i <= 9; i++) {
                        xml.append("<!ENTITY lol").append(i).append(" \"");
                        xml.append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10));
                        xml.append("\">\n");
                    }
                    xml.append("]>\n<lolz>&lol9;</lolz>\n");
                    yield xml.toString().getBytes(StandardCharsets.UTF_8);
                }
                case "executable-renamed.pdf" -> Files.readAllBytes(Path.of(Files.exists(Path.of("/usr/bin/true")) ? "/usr/bin/true" : "/bin/true"));
                case "garbage.docx" -> {
                    byte[] garbage = new byte[64 * 1024];
                    new java.util.Random(7).nextBytes(garbage);
                    garbage[0] = 'P';
                    garbage[1] = 'K';
                    garbage[2] = 3;
                    garbage[3] = 4;
                    yield garbage;
                }
                default -> throw new IllegalArgumentException(name);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zipOf(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
