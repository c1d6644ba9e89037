package vn.hoalac.portal.bench;

import jakarta.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Extraction throughput: born-digital corpus files (every one made unique so nothing is deduplicated) through
 * tika-server directly, with its defaults and with OCR skipped, and through the portal (upload to DONE), all at the
 * same concurrency as the portal's extraction workers. Run against a running portal (./mvnw -Pstart):
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.ExtractionBenchmark</pre>
 * System properties: rounds (copies of each of the 15 files, default 4), concurrency (default 2 = extraction.workers),
 * tika (default http://localhost:9998), corpus (default ../shared/corpus).
 */
public final class ExtractionBenchmark {

    private static final List<String> BORN_DIGITAL = List.of(
            "chi-tieu-2030.xlsx", "de-an-2030-chuong-1.docx", "de-an-2030-chuong-1.odt", "de-an-2030-chuong-1.pdf",
            "de-an-2030-chuong-2.docx", "de-an-2030-chuong-2.odt", "de-an-2030-chuong-2.pdf",
            "de-xuat-phong-thi-nghiem.docx", "de-xuat-phong-thi-nghiem.odt", "de-xuat-phong-thi-nghiem.pdf",
            "de-xuat-phong-thi-nghiem.rtf", "thoa-thuan-hop-tac-dhbk.docx", "thoa-thuan-hop-tac-dhbk.html",
            "thoa-thuan-hop-tac-dhbk.odt", "thoa-thuan-hop-tac-dhbk.pdf");

    record Sample(String name, byte[] bytes) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 4);
        int concurrency = Integer.getInteger("concurrency", 2);
        String tika = System.getProperty("tika", "http://localhost:9998");
        Path corpus = Path.of(System.getProperty("corpus", "../shared/corpus"));

        // warm every path up (JIT of tika-server and of the portal, tika's parsers) before measuring
        String token = BenchHttp.token("bql.soan");
        runDirect(tika, variants(corpus, 1), concurrency, false);
        runDirect(tika, variants(corpus, 1), concurrency, true);
        runPortal(token, variants(corpus, 2), concurrency);

        List<Sample> a = variants(corpus, rounds);
        List<Sample> b = variants(corpus, rounds);
        List<Sample> c = variants(corpus, rounds);
        double withDefaults = runDirect(tika, a, concurrency, false);
        double ocrSkipped = runDirect(tika, b, concurrency, true);
        double portal = runPortal(token, c, concurrency);
        boolean scanOcr = scanGetsOcr(token, corpus);

        System.out.printf("""
                | path (%d born-digital files, %d at a time) | documents per second |
                | --- | --- |
                | tika-server /rmeta/text, its defaults (OCR of embedded images) | %.2f |
                | tika-server /rmeta/text, OCR skipped (the limit) | %.2f |
                | **portal: upload → DONE** (OCR decided per file) | **%.2f** |

                portal / OCR-skipped direct: %.0f %%; portal / tika defaults: %.1f×; the scanned PDF still got OCR: %s
                %n""", a.size(), concurrency, withDefaults, ocrSkipped, portal,
                100 * portal / ocrSkipped, portal / withDefaults, scanOcr);
    }

    static double runDirect(String tika, List<Sample> samples, int concurrency, boolean skipOcr) throws Exception {
        ConcurrentLinkedQueue<Sample> queue = new ConcurrentLinkedQueue<>(samples);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long begin = System.nanoTime();
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            futures.add(pool.submit(() -> {
                Sample s;
                while ((s = queue.poll()) != null) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tika + "/rmeta/text"))
                            .header("Accept", "application/json").header("Content-Type", "application/octet-stream")
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(s.bytes()));
                    if (skipOcr) {
                        request.header("X-Tika-OCRskipOcr", "true");
                    }
                    HttpResponse<String> r = BenchHttp.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(s.name() + ": tika answered " + r.statusCode());
                    }
                }
                return null;
            }));
        }
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        return samples.size() / ((System.nanoTime() - begin) / 1e9);
    }

    static double runPortal(String token, List<Sample> samples, int concurrency) throws Exception {
        String category = "bench-extraction-" + UUID.randomUUID().toString().substring(0, 8);
        ConcurrentLinkedQueue<Sample> queue = new ConcurrentLinkedQueue<>(samples);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long begin = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            pool.submit(() -> {
                Sample s;
                while ((s = queue.poll()) != null) {
                    BenchHttp.upload(token, s.name(), s.bytes(), category);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        Set<Long> done = new HashSet<>();
        while (done.size() < samples.size()) {
            JsonObject page = BenchHttp.get(token, "/api/documents?size=200&category=" + BenchHttp.encode(category));
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                String status = item.getString("extraction");
                if (status.equals("DONE") || status.equals("FAILED")) {
                    done.add(item.getJsonNumber("id").longValue());
                }
            }
            if (done.size() < samples.size()) {
                Thread.sleep(50);
            }
        }
        return samples.size() / ((System.nanoTime() - begin) / 1e9);
    }

    static boolean scanGetsOcr(String token, Path corpus) throws Exception {
        byte[] scan = unique("scan.pdf", Files.readAllBytes(corpus.resolve("de-xuat-phong-thi-nghiem-ban-quet.pdf")));
        long id = BenchHttp.upload(token, "de-xuat-phong-thi-nghiem-ban-quet.pdf", scan, "bench-scan");
        for (int i = 0; i < 600; i++) {
            JsonObject document = BenchHttp.get(token, "/api/documents/" + id);
            JsonObject extraction = document.getJsonArray("versions").getJsonObject(0).getJsonObject("extraction");
            if (extraction.getString("status").equals("DONE")) {
                return extraction.getBoolean("ocr");
            }
            Thread.sleep(200);
        }
        return false;
    }

    static List<Sample> variants(Path corpus, int rounds) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String name : BORN_DIGITAL) {
                samples.add(new Sample(name, unique(name, Files.readAllBytes(corpus.resolve(name)))));
            }
        }
        return samples;
    }

    /** The same document with different bytes: a trailing comment, or an extra part in a zip-based format. */
    static byte[] unique(String name, byte[] bytes) throws IOException {
        String tag = UUID.randomUUID().toString();
        if (name.endsWith(".docx") || name.endsWith(".odt") || name.endsWith(".xlsx")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bytes));
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    byte[] content = in.readAllBytes();
                    ZipEntry copy = new ZipEntry(entry.getName());
                    if (entry.getMethod() == ZipEntry.STORED) { // the ODF mimetype must stay first and uncompressed
                        CRC32 crc = new CRC32();
                        crc.update(content);
                        copy.setMethod(ZipEntry.STORED);
                        copy.setSize(content.length);
                        copy.setCompressedSize(content.length);
                        copy.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(copy);
                    zip.write(content);
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("bench/" + tag + ".txt"));
                zip.write(tag.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return out.toByteArray();
        }
        if (name.endsWith(".rtf")) {
            // inside the document, before its last brace: an unknown control word is ignored by readers
            String rtf = new String(bytes, StandardCharsets.ISO_8859_1);
            int last = rtf.lastIndexOf('}');
            return (rtf.substring(0, last) + "{\\*\\bench" + tag.replace("-", "") + "}" + rtf.substring(last))
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] extra = (name.endsWith(".html") ? "\n<!-- " + tag + " -->\n" : "\n%" + tag + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] result = new byte[bytes.length + extra.length];
        System.arraycopy(bytes, 0, result, 0, bytes.length);
        System.arraycopy(extra, 0, result, bytes.length, extra.length);
        return result;
    }
}
