package vn.hoalac.portal.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.postgresql.ds.PGSimpleDataSource;
import vn.hoalac.portal.application.notification.Delivery;
import vn.hoalac.portal.application.notification.EmailMode;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.infrastructure.notification.SqlNotificationStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 14's fan-out: one event notifying 500 people commits in well under 200 ms more than the same change notifying
 * nobody. Against the running portal ({@code ./mvnw -Pstart}): it adds two universities of its own to the database,
 * BENCHA with {@code recipients} generated reviewers in the people directory ({@code person} rows with an address, as
 * if each had signed in; no preference: every one gets an immediate e-mail, the dearest case) and BENCHB with none.
 * Each round, bql.soan submits a version of a new plan for review by BENCHA (the change plus 500 notifications and
 * 500 e-mails queued, in its transaction) and one by BENCHB (the same change, the anchor: nobody to tell), in turns;
 * the time is the whole API call, commit included, as the park manager's browser would wait for it. Prints the median
 * and the spread of each, and checks that every round's event reached exactly the 500. Then the store's one statement
 * alone: {@link SqlNotificationStore#write} of 500 deliveries, timed over JDBC. Leaves the plans (named BENCH-FANOUT-…)
 * and the two universities; deletes the generated people, their notifications and their e-mails.
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.FanOutBenchmark</pre>
 * System properties: recipients (default 500), rounds (default 9), warmup (default 2), portal, issuer (BenchHttp),
 * db (default jdbc:postgresql://localhost:5433/portal), db.user / db.password (default portal / portal: the schema's
 * owner, which may add universities).
 */
public final class FanOutBenchmark {

    private static final String DB = System.getProperty("db", "jdbc:postgresql://localhost:5433/portal");
    private static final String DB_USER = System.getProperty("db.user", "portal");
    private static final String DB_PASSWORD = System.getProperty("db.password", "portal");

    private FanOutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int recipients = Integer.getInteger("recipients", 500);
        int rounds = Integer.getInteger("rounds", 9);
        int warmup = Integer.getInteger("warmup", 2);
        try (Connection db = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD)) {
            prepare(db, recipients);
            String token = BenchHttp.token("bql.soan");
            List<Long> notifying = new ArrayList<>();
            List<Long> anchor = new ArrayList<>();
            for (int round = 0; round < warmup + rounds; round++) {
                if (round % 5 == 0) {
                    token = BenchHttp.token("bql.soan"); // tokens live 5 minutes
                }
                long planA = plan(token);
                long planB = plan(token);
                boolean anchorFirst = round % 2 == 0; // alternate, so neither always runs on a warmer cache
                long a;
                long b;
                if (anchorFirst) {
                    b = submit(token, planB, "BENCHB");
                    a = submit(token, planA, "BENCHA");
                } else {
                    a = submit(token, planA, "BENCHA");
                    b = submit(token, planB, "BENCHB");
                }
                long told = count(db, "SELECT count(*) FROM notification WHERE event_key = ?", "VERSION_SUBMITTED:PLAN_VERSION:" + planA + "/1");
                long mails = count(db, "SELECT count(*) FROM mail_outbox WHERE idempotency_key LIKE ?", "VERSION_SUBMITTED:PLAN_VERSION:" + planA + "/1|%");
                if (told != recipients || mails != recipients) {
                    throw new IllegalStateException("round " + round + ": " + told + " notifications and " + mails + " e-mails, not " + recipients);
                }
                if (count(db, "SELECT count(*) FROM notification WHERE event_key = ?", "VERSION_SUBMITTED:PLAN_VERSION:" + planB + "/1") != 0) {
                    throw new IllegalStateException("the anchor notified someone");
                }
                if (round >= warmup) {
                    notifying.add(a);
                    anchor.add(b);
                }
                System.out.printf("round %d: %d recipients %.1f ms, anchor %.1f ms%n", round, recipients, a / 1e6, b / 1e6);
            }
            long[] n = BenchHttp.sorted(notifying);
            long[] z = BenchHttp.sorted(anchor);
            System.out.println();
            System.out.println("| submit a version for review (the API call, commit included) | median | min | max |");
            System.out.println("| --- | --- | --- | --- |");
            System.out.printf("| to BENCHA: %d notifications + %d e-mails queued | %.1f ms | %.1f ms | %.1f ms |%n", recipients, recipients,
                    BenchHttp.percentile(n, 50), n[0] / 1e6, n[n.length - 1] / 1e6);
            System.out.printf("| to BENCHB: nobody to tell (anchor) | %.1f ms | %.1f ms | %.1f ms |%n",
                    BenchHttp.percentile(z, 50), z[0] / 1e6, z[z.length - 1] / 1e6);
            System.out.printf("| **extra for %d recipients** (median − median) | **%.1f ms** | | |%n", recipients,
                    BenchHttp.percentile(n, 50) - BenchHttp.percentile(z, 50));
            storeAlone(recipients, rounds);
            System.out.printf("load: %s%n", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
            cleanUp(db);
        }
    }

    /** The two universities and the generated reviewers of BENCHA. */
    private static void prepare(Connection db, int recipients) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO organization (code, name, name_en, kind) VALUES "
                    + "('BENCHA', 'Trường thử tải A', 'Benchmark university A', 'UNIVERSITY'), "
                    + "('BENCHB', 'Trường thử tải B', 'Benchmark university B', 'UNIVERSITY') ON CONFLICT (code) DO NOTHING");
        }
        cleanUp(db);
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO person (username, display_name, organization, email, locale, roles, enabled, seen_at)
                SELECT 'bench.u' || lpad(i::text, 4, '0'), 'Người thử ' || i, 'BENCHA', 'bench.u' || i || '@bench.invalid',
                       CASE WHEN i % 3 = 0 THEN 'en' ELSE 'vi' END, '{university-reviewer}', true, now()
                FROM generate_series(1, ?) AS i""")) {
            s.setInt(1, recipients);
            s.executeUpdate();
        }
    }

    private static void cleanUp(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM mail_outbox WHERE recipient LIKE 'bench.u%'");
            s.executeUpdate("DELETE FROM notification WHERE recipient LIKE 'bench.u%'");
            s.executeUpdate("DELETE FROM follow WHERE username LIKE 'bench.u%'");
            s.executeUpdate("DELETE FROM person WHERE username LIKE 'bench.u%'");
        }
    }

    private static long plan(String token) throws IOException, InterruptedException {
        String code = "BENCH-FANOUT-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject plan = send(token, "POST", "/api/plans", Json.createObjectBuilder().add("code", code)
                .add("title", "Đề án thử tải thông báo " + code).add("horizonYear", 2030).add("visionYear", 2045).build(), 201);
        long id = plan.getJsonNumber("id").longValue();
        long revision = BenchHttp.get(token, "/api/plans/" + id).getJsonObject("draft").getJsonNumber("revision").longValue();
        send(token, "PUT", "/api/plans/" + id + "/draft", Json.createObjectBuilder().add("revision", revision)
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "s1").add("title", "Mục tiêu")
                        .add("body", "Phát triển Khu công nghệ cao Hòa Lạc")))
                .add("targets", Json.createArrayBuilder()).build(), 200);
        return id;
    }

    /** The time of submitting the plan's working copy for review by the university, in nanoseconds. */
    private static long submit(String token, long plan, String university) throws IOException, InterruptedException {
        JsonObject body = Json.createObjectBuilder().add("note", "Thử tải").add("reviewers", Json.createArrayBuilder().add(university))
                .add("reviewDeadline", LocalDate.now().plusDays(10).toString()).build();
        long start = System.nanoTime();
        send(token, "POST", "/api/plans/" + plan + "/versions", body, 201);
        return System.nanoTime() - start;
    }

    private static JsonObject send(String token, String method, String path, JsonObject body, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = BenchHttp.HTTP.send(HttpRequest.newBuilder(URI.create(BenchHttp.PORTAL + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != status) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return BenchHttp.json(r.body());
    }

    private static long count(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The store's statement alone: every notification and e-mail of one event for the recipients, over JDBC. */
    private static void storeAlone(int recipients, int rounds) {
        PGSimpleDataSource data = new PGSimpleDataSource();
        data.setURL(DB);
        data.setUser(DB_USER);
        data.setPassword(DB_PASSWORD);
        SqlNotificationStore store = new SqlNotificationStore(data);
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 1; i <= recipients; i++) {
            deliveries.add(new Delivery("bench.u" + String.format("%04d", i), EmailMode.IMMEDIATE, "bench.u" + i + "@bench.invalid", "vi"));
        }
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < rounds + 2; round++) {
            NotificationEvent event = NotificationEvent.of(NotificationKind.DOCUMENT_VERSION_ADDED, "DOCUMENT", "bench-" + UUID.randomUUID(),
                    "Tài liệu thử tải", "bql.soan", null, Map.of("version", "2"));
            long start = System.nanoTime();
            int written = store.write(event, deliveries).size();
            long took = System.nanoTime() - start;
            if (written != recipients) {
                throw new IllegalStateException(written + " written");
            }
            if (round >= 2) {
                times.add(took);
            }
        }
        long[] t = BenchHttp.sorted(times);
        System.out.printf("| the store's one statement alone: %d notifications + %d e-mails (JDBC, autocommit) | %.1f ms | %.1f ms | %.1f ms |%n",
                recipients, recipients, BenchHttp.percentile(t, 50), t[0] / 1e6, t[t.length - 1] / 1e6);
    }
}
