package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoalac.portal.stack.BackupFacts;
import vn.hoalac.portal.stack.PortalBackup;
import vn.hoalac.portal.stack.PortalStack;

import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup of the running test stack while three users keep uploading (the same code as {@code ./mvnw -Pbackup}):
 * the uploads never fail because of it, every upload acknowledged before it started is in it with its exact bytes,
 * and its files match its manifest. It stays in target/it-backup with {@code expected.json}, what the restored cluster
 * stack must hold (RestoreIT in it.cluster): every document version with its SHA-256, the sealed plan versions, the
 * audit chain's last event, the acknowledged uploads and an older document that search must find.
 */
@ExtendWith(PortalStackExtension.class)
class BackupIT {

    static final Path BACKUP = Path.of("target/it-backup");
    private static final String HTML = "thoa-thuan-hop-tac-dhbk.html";
    private static final List<String> UPLOADERS = List.of("bql.soan", "dhbk.gopy", "hvnn.gopy");

    /** An upload the portal answered 201 to, with the time it answered. */
    record Acknowledged(String user, long document, String sha256, long answeredNanos) {
    }

    @Test
    void aBackupTakenWhileUsersUploadHoldsEverythingAcknowledgedBeforeIt() throws Exception {
        BackupFacts.delete(BACKUP);
        BackupFacts.delete(BACKUP.resolveSibling(BACKUP.getFileName() + ".partial"));

        // an older document, extracted and indexed: the restored instances must find it by its title without re-uploading
        String code = "SAOLUU" + (100000 + (int) (Math.random() * 899999));
        long older = Library.uploadOk("bql.soan", "thoa-thuan-hop-tac-dhbk.docx", Library.corpusBytes("thoa-thuan-hop-tac-dhbk.docx"),
                Map.of("title", "Hồ sơ sao lưu " + code)).getJsonNumber("id").longValue();
        Library.awaitExtraction("bql.soan", older, Duration.ofMinutes(3));
        assertThat(Library.search("bql.soan", code).getJsonArray("items")).isNotEmpty();

        // a sealed version: approved by the committee
        long plan = Plans.createWithSection("Đề án sao lưu " + code, "c1", "Chương I", "<p>Khu công nghệ cao Hòa Lạc</p>");
        int number = Plans.submit(plan, LocalDate.now().plusDays(7), "DHBK");
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + plan + "/versions/" + number + "/submit-for-approval", null), 200);
        Plans.ok(Plans.decide("bcd.pheduyet", plan, number, "APPROVED"), 200);

        List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        byte[] html = Library.corpusBytes(HTML);
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADERS.size());
        List<Future<?>> loops = new ArrayList<>();
        for (String user : UPLOADERS) {
            loops.add(pool.submit(() -> {
                while (!stop.get()) {
                    byte[] bytes = (new String(html, StandardCharsets.UTF_8) + "\n<!-- " + UUID.randomUUID() + " -->\n")
                            .getBytes(StandardCharsets.UTF_8);
                    HttpResponse<String> r = Library.upload(user, HTML, bytes, Map.of("title", "Tải lên trong khi sao lưu"));
                    if (r.statusCode() == 201) {
                        acknowledged.add(new Acknowledged(user, Portal.json(r.body()).getJsonNumber("id").longValue(), sha256(bytes), System.nanoTime()));
                    } else if (r.statusCode() == 429) {
                        sleep(1000); // the per-user limit, not the backup
                    } else {
                        failures.add(user + ": " + r.statusCode() + " " + r.body());
                    }
                }
                return null;
            }));
        }
        Eventually.eventually(Duration.ofMinutes(1), Duration.ofMillis(100), () -> acknowledged.size() >= 6, ok -> ok);

        // what was there before the backup started (all committed, so all in its snapshot)
        List<Acknowledged> acknowledgedBefore = List.copyOf(acknowledged); // first: each of them is among the versions read next
        Map<String, Object> before = committedState();
        long backupStarted = System.nanoTime();
        var manifest = PortalBackup.write(PortalStackExtension.config(), BACKUP);
        long backupEnded = System.nanoTime();
        sleep(1500); // the uploads go on after it, too
        stop.set(true);
        for (Future<?> loop : loops) {
            loop.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.println("[backup-it] " + PortalBackup.summary(manifest) + "; uploads acknowledged before it: "
                + acknowledgedBefore.size() + ", during it: " + acknowledged.stream()
                .filter(a -> a.answeredNanos() > backupStarted && a.answeredNanos() < backupEnded).count());

        assertThat(failures).as("uploads failed while the backup ran").isEmpty();
        assertThat(BackupFacts.problems(BACKUP)).as("the backup's files against its manifest").isEmpty();
        // every acknowledged upload's bytes are in the backup: its content's large object, byte for byte
        Map<String, String> backupObjects = BackupFacts.largeObjectSha256ByOid(BACKUP);
        try (Connection db = Portal.database();
             PreparedStatement lo = db.prepareStatement("SELECT b.lo FROM document_version v JOIN content_blob b ON b.sha256 = v.sha256 "
                     + "WHERE v.document_id = ? AND v.number = 1")) {
            for (Acknowledged a : acknowledgedBefore) {
                lo.setLong(1, a.document());
                try (ResultSet r = lo.executeQuery()) {
                    assertThat(r.next()).as("document " + a.document()).isTrue();
                    assertThat(backupObjects.get(Long.toString(r.getLong(1)))).as("the bytes of document " + a.document()).isEqualTo(a.sha256());
                }
            }
        }

        JsonArrayBuilder uploads = Json.createArrayBuilder();
        acknowledgedBefore.forEach(a -> uploads.add(Json.createObjectBuilder().add("document", a.document()).add("sha256", a.sha256())
                .add("user", a.user())));
        JsonObjectBuilder expected = Json.createObjectBuilder()
                .add("versions", (JsonArrayBuilder) before.get("versions"))
                .add("sealed", (JsonArrayBuilder) before.get("sealed"))
                .add("auditHead", (JsonObjectBuilder) before.get("auditHead"))
                .add("acknowledged", uploads)
                .add("search", Json.createObjectBuilder().add("document", older).add("query", code).add("user", "bql.soan"))
                .add("users", Json.createArrayBuilder(PortalStack.DEMO_USERS.stream().map(u -> u[0]).toList()));
        try (Writer out = Files.newBufferedWriter(BACKUP.resolve("expected.json"));
             var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(expected.build());
        }
    }

    /** Every document version (with the user who may read it), the sealed versions and the audit chain's last event. */
    private static Map<String, Object> committedState() throws Exception {
        Set<String> demoUsers = PortalStack.DEMO_USERS.stream().map(u -> u[0]).collect(Collectors.toSet());
        Map<String, Object> state = new LinkedHashMap<>();
        try (Connection db = Portal.database(); Statement s = db.createStatement()) {
            JsonArrayBuilder versions = Json.createArrayBuilder();
            try (ResultSet r = s.executeQuery("SELECT v.document_id, v.number, v.sha256, d.created_by FROM document_version v "
                    + "JOIN document d ON d.id = v.document_id ORDER BY v.document_id, v.number")) {
                while (r.next()) {
                    if (demoUsers.contains(r.getString(4))) { // a user the restored stack can log in as
                        versions.add(Json.createObjectBuilder().add("document", r.getLong(1)).add("number", r.getInt(2))
                                .add("sha256", r.getString(3).strip()).add("user", r.getString(4)));
                    }
                }
            }
            JsonArrayBuilder sealed = Json.createArrayBuilder();
            try (ResultSet r = s.executeQuery("SELECT plan_id, number, seal_sha256 FROM plan_version WHERE status = 'APPROVED' ORDER BY plan_id, number")) {
                while (r.next()) {
                    sealed.add(Json.createObjectBuilder().add("plan", r.getLong(1)).add("number", r.getInt(2)).add("seal", r.getString(3).strip()));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, hash, (SELECT count(*) FROM audit_event) FROM audit_event ORDER BY id DESC LIMIT 1")) {
                assertThat(r.next()).as("an audit trail").isTrue();
                state.put("auditHead", Json.createObjectBuilder().add("id", r.getLong(1)).add("hash", r.getString(2).strip())
                        .add("events", r.getLong(3)));
            }
            state.put("versions", versions);
            state.put("sealed", sealed);
        }
        return state;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static JsonObject readExpected(Path backup) throws Exception {
        try (var reader = Json.createReader(Files.newBufferedReader(backup.resolve("expected.json")))) {
            return reader.readObject();
        }
    }
}
