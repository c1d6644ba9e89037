package vn.hoalac.portal.bench;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.hoalac.portal.application.document.DocumentSummary;
import vn.hoalac.portal.application.search.IndexEntry;
import vn.hoalac.portal.application.search.SearchQuery;
import vn.hoalac.portal.application.search.SearchResult;
import vn.hoalac.portal.domain.model.document.ExtractionStatus;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.infrastructure.search.LuceneSearchEngine;
import vn.hoalac.portal.infrastructure.search.VietnameseAnalysis;
import vn.hoalac.portal.infrastructure.search.VietnameseAnalysis.Word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Known-item test of the search ranking, in process, on an index of its own (FSDirectory in a temporary folder,
 * deleted at the end), written and searched by the portal's own code ({@link LuceneSearchEngine#add},
 * {@link LuceneSearchEngine#search}). Nine known items (the four corpus texts as documents, and a notice, minutes, a
 * decision, a letter and a long report, with official numbers) are OLDER than every distractor, so recency, which
 * breaks ties, always works against them. Every distractor holds every word of every query scattered in its text
 * (never two inserted words side by side, never an inserted word next to a word that precedes or follows it in a
 * query, no corpus sentence that holds a query's phrase) and none of them in its title; the benchmark checks this on
 * every distractor before indexing it and fails if it does not hold.
 * <p>
 * The queries: words of a title, exact phrases of a text (not of its title), document numbers and codes whole and in
 * parts, each with diacritics and without, some in mixed case, one decomposed (NFD); and, counted apart, the other
 * spellings of the same words that the portal meets (its analysis joins them): the old tone placement ("thoả", "hoà" for "thỏa",
 * "hòa") and i for y ("kí túc xá"). Each runs as the search page runs it (relevance, page of 10, reader
 * {@code role:park-manager}). Printed: per query the rank of its known item (looked for in the first 5,000 results
 * when not on the first page), its score and the top score, what ranked above it when it is not first, then recall@1,
 * recall@10 and MRR, overall, without the spelling variants, by kind and by way of typing. The product's goal:
 * recall@10 = 1.00 and MRR &ge; 0.9.
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.RelevanceBenchmark</pre>
 * and with 100,000 generated documents:
 * <pre>MAVEN_OPTS=-Xmx2g ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.RelevanceBenchmark -Ddocuments=100000</pre>
 * System properties: documents (distractors, default 1200; at every size a distractor's text is ~2,500 characters of
 * corpus sentences varied as SearchBenchmark varies them, plus the scattered query words), corpus (default
 * ../shared/corpus), seed (default 2030), tmp (parent of the temporary index folder, default java.io.tmpdir).
 */
public final class RelevanceBenchmark {

    static final Set<String> READER = Set.of("role:park-manager");
    static final OffsetDateTime OLD = OffsetDateTime.of(2022, 1, 10, 8, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime DISTRACTORS_FROM = OffsetDateTime.of(2023, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    static final int FIRST_DISTRACTOR_ID = 1001;
    /** How deep the rank of a known item missing from the first page is looked for. */
    static final int DEEPEST = 5000;

    /** A document the queries look for. */
    record Known(long id, String title, String meta, String text) {
    }

    /** A query and the known item it should find. */
    record Query(String text, long target, String kind, String typed) {
        /** A spelling the brief did not ask for: old tone placement ("hoà" for "hòa"), i for y ("kí" for "ký"). */
        boolean variant() {
            return typed.startsWith("variant");
        }
    }

    /** The outcome of one query. */
    record Outcome(Query query, int rank, boolean matched, double knownScore, long total, List<SearchResult.Hit> above) {
    }

    public static void main(String[] args) throws Exception {
        int documents = Integer.getInteger("documents", 1200);
        long seed = Long.getLong("seed", 2030);
        List<Known> known = known();
        List<Query> queries = queries();
        Path parent = Path.of(System.getProperty("tmp", System.getProperty("java.io.tmpdir")));
        Path folder = Files.createTempDirectory(parent, "relevance-bench-");
        try {
            run(documents, seed, known, queries, folder);
        } finally {
            BenchCorpus.delete(folder);
        }
    }

    static void run(int documents, long seed, List<Known> known, List<Query> queries, Path folder) throws IOException {
        Distractors distractors = new Distractors(queries, seed);
        long begin = System.nanoTime();
        try (Directory dir = FSDirectory.open(folder);
             IndexWriter w = new IndexWriter(dir, LuceneSearchEngine.writerConfig().setRAMBufferSizeMB(48))) {
            for (Known k : known) {
                add(w, k.id(), k.title(), k.meta(), k.text(), OLD.plusDays(10 * k.id()), "Văn bản");
            }
            for (int i = 0; i < documents; i++) {
                long id = FIRST_DISTRACTOR_ID + i;
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + id);
                String title = distractors.title(random);
                String meta = "tai-lieu-" + id + ".pdf\n" + BenchCorpus.KINDS[random.nextInt(BenchCorpus.KINDS.length)];
                String text = distractors.body(random);
                distractors.check(id, title, meta, text); // fails loudly if a distractor could be a known item
                add(w, id, title, meta, text, DISTRACTORS_FROM.plusHours(random.nextInt(4 * 365 * 24)), "Benchmark");
                if (i % 20_000 == 19_999) {
                    System.err.printf("%d distractors indexed (%.0f s)%n", i + 1, (System.nanoTime() - begin) / 1e9);
                }
            }
            w.commit();
        }
        double buildSeconds = (System.nanoTime() - begin) / 1e9;
        long size = BenchCorpus.size(folder);

        List<Outcome> outcomes = new ArrayList<>();
        long searchBegin = System.nanoTime();
        try (Directory dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Query q : queries) {
                outcomes.add(measure(searcher, q, known.size()));
            }
        }
        double searchSeconds = (System.nanoTime() - searchBegin) / 1e9;
        print(documents, known, queries, distractors, buildSeconds, size, searchSeconds, outcomes);
    }

    static void add(IndexWriter w, long id, String title, String meta, String text, OffsetDateTime at, String category) throws IOException {
        DocumentSummary row = new DocumentSummary(id, title, category, List.of(), "BQL", Visibility.PORTAL, 1,
                meta.lines().findFirst().orElse("tep.pdf"), text.length(), "application/pdf", ExtractionStatus.DONE, at, "bql.soan");
        LuceneSearchEngine.add(w, IndexEntry.group("DOCUMENT", id), new IndexEntry("DOCUMENT", id, 1, 0, null, title, title,
                meta, text, List.of(), category, "BQL", null, at, new LinkedHashSet<>(BenchCorpus.PORTAL_READERS), row));
    }

    static Outcome measure(IndexSearcher searcher, Query q, int knownCount) throws IOException {
        SearchResult top = search(searcher, q.text(), SearchQuery.Order.RELEVANCE, 0, 10);
        List<SearchResult.Hit> hits = top.items();
        int rank = rankOf(hits, q.target());
        if (rank == 0 && top.total() > 10) {
            hits = search(searcher, q.text(), SearchQuery.Order.RELEVANCE, 0, (int) Math.min(top.total(), DEEPEST)).items();
            rank = rankOf(hits, q.target());
        }
        boolean matched = rank > 0;
        if (!matched && top.total() > 0) {
            // the known items are the oldest documents: if it matched at all, it is among the last few, newest first
            int offset = (int) Math.max(0, top.total() - knownCount);
            matched = rankOf(search(searcher, q.text(), SearchQuery.Order.NEWEST, offset, knownCount).items(), q.target()) > 0;
        }
        double score = rank > 0 ? hits.get(rank - 1).score() : Double.NaN;
        List<SearchResult.Hit> above = rank == 0 ? hits.subList(0, Math.min(3, hits.size()))
                : hits.subList(0, Math.min(rank - 1, 3));
        return new Outcome(q, rank, matched, score, top.total(), List.copyOf(above));
    }

    static SearchResult search(IndexSearcher searcher, String text, SearchQuery.Order order, int offset, int limit) throws IOException {
        return LuceneSearchEngine.search(LuceneSearchEngine.timed(searcher, 10_000),
                new SearchQuery(text, READER, null, null, null, null, null, order, offset, limit), true);
    }

    static int rankOf(List<SearchResult.Hit> hits, long id) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).id() == id) {
                return i + 1;
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- report

    static void print(int documents, List<Known> known, List<Query> queries, Distractors d, double buildSeconds, long size,
                      double searchSeconds, List<Outcome> outcomes) {
        System.out.println("## Relevance (known-item) benchmark");
        System.out.println();
        System.out.println("| setting | value |");
        System.out.println("| --- | --- |");
        System.out.printf("| known items (older than every distractor) | %d |%n", known.size());
        System.out.printf("| distractors (each holds every query word, scattered, none in its title) | %,d |%n", documents);
        System.out.printf("| queries | %d |%n", queries.size());
        System.out.printf("| query words scattered in each distractor | %d |%n", d.inserted.size());
        System.out.printf("| corpus sentences used by distractors | %d of %d (the others hold a query's phrase) |%n", d.pool.size(), d.allSentences);
        System.out.printf("| mean distractor text | %,d characters (%,d before the query words) |%n",
                d.generated == 0 ? 0 : d.characters / d.generated, d.generated == 0 ? 0 : d.baseCharacters / d.generated);
        System.out.printf("| index build | %.1f s, %s on disk |%n", buildSeconds, BenchCorpus.megabytes(size));
        System.out.printf("| all queries searched | %.1f s |%n", searchSeconds);
        System.out.println();
        System.out.println("| # | query | kind | typed | known item | rank | its score | top score | matches |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        int n = 0;
        for (Outcome o : outcomes) {
            n++;
            String top = o.rank() == 1 ? fmt(o.knownScore()) : o.above().isEmpty() ? "-" : fmt(o.above().getFirst().score());
            System.out.printf("| %d | %s | %s | %s | %d | %s | %s | %s | %,d |%n", n, BenchCorpus.cell(shown(o.query().text())),
                    o.query().kind(), o.query().typed(), o.query().target(), rank(o), fmt(o.knownScore()), top, o.total());
        }
        System.out.println();
        List<Outcome> missed = outcomes.stream().filter(o -> o.rank() != 1).toList();
        if (!missed.isEmpty()) {
            System.out.println("### Queries whose known item is not first");
            System.out.println();
            System.out.println("| # | query | rank | its score | ranked above it (id, score, title) |");
            System.out.println("| --- | --- | --- | --- | --- |");
            for (Outcome o : missed) {
                StringBuilder above = new StringBuilder();
                for (SearchResult.Hit h : o.above()) {
                    above.append(above.isEmpty() ? "" : "; ").append(h.id()).append(h.id() >= FIRST_DISTRACTOR_ID ? " (distractor)" : " (known)")
                            .append(", ").append(fmt(h.score())).append(", «").append(abbreviate(h.title(), 60)).append('»');
                }
                System.out.printf("| %d | %s | %s | %s | %s |%n", outcomes.indexOf(o) + 1, BenchCorpus.cell(shown(o.query().text())),
                        rank(o), fmt(o.knownScore()), BenchCorpus.cell(above.toString()));
            }
            System.out.println();
        }
        System.out.println("| queries | recall@1 | recall@10 | MRR | goal (recall@10 = 1.00, MRR ≥ 0.9) |");
        System.out.println("| --- | --- | --- | --- | --- |");
        summary("all", outcomes, true);
        summary("all but the spelling variants", outcomes.stream().filter(o -> !o.query().variant()).toList(), true);
        Map<String, List<Outcome>> byKind = new TreeMap<>();
        Map<String, List<Outcome>> byTyped = new TreeMap<>();
        for (Outcome o : outcomes) {
            byKind.computeIfAbsent("kind: " + o.query().kind(), k -> new ArrayList<>()).add(o);
            byTyped.computeIfAbsent("typed: " + o.query().typed(), k -> new ArrayList<>()).add(o);
        }
        byKind.forEach((k, v) -> summary(k, v, false));
        byTyped.forEach((k, v) -> summary(k, v, false));
    }

    static void summary(String label, List<Outcome> outcomes, boolean goal) {
        double at1 = outcomes.stream().filter(o -> o.rank() == 1).count() / (double) outcomes.size();
        double at10 = outcomes.stream().filter(o -> o.rank() >= 1 && o.rank() <= 10).count() / (double) outcomes.size();
        double mrr = outcomes.stream().mapToDouble(o -> o.rank() > 0 ? 1.0 / o.rank() : 0).average().orElse(0);
        String verdict = !goal ? "" : (at10 >= 1.0 && mrr >= 0.9 ? "met" : "NOT met");
        System.out.printf("| %s (%d) | %.2f | %.2f | %.3f | %s |%n", label, outcomes.size(), at1, at10, mrr, verdict);
    }

    static String rank(Outcome o) {
        return o.rank() > 0 ? String.valueOf(o.rank()) : o.matched() ? ">" + DEEPEST : "not matched";
    }

    static String fmt(double score) {
        return Double.isNaN(score) ? "-" : String.format("%.3f", score);
    }

    static String shown(String query) {
        return Normalizer.isNormalized(query, Normalizer.Form.NFC) ? query : query + " (NFD)";
    }

    static String abbreviate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    // ---------------------------------------------------------------- the known items and their queries

    static List<Known> known() {
        StringBuilder report = new StringBuilder("""
                BAN QUẢN LÝ KHU CÔNG NGHỆ CAO HÒA LẠC
                Số: 4471/BC-BQL
                Hà Nội, ngày 08 tháng 7 năm 2025

                BÁO CÁO
                Tình hình thu hút đầu tư 6 tháng đầu năm 2025

                I. KẾT QUẢ ĐẠT ĐƯỢC
                Trong 6 tháng đầu năm 2025, Ban quản lý đã cấp mới giấy chứng nhận đăng ký đầu tư cho 14 dự án và điều chỉnh
                cho 9 dự án, tổng vốn đăng ký tăng thêm 6.820 tỷ đồng. Các dự án tập trung vào lĩnh vực vi mạch bán dẫn, trí tuệ
                nhân tạo, công nghệ sinh học và năng lượng tái tạo. Tiến độ giải ngân đạt 61% kế hoạch năm.

                II. DANH MỤC DỰ ÁN
                """);
        String[] fields = {"thiết kế vi mạch", "trung tâm dữ liệu", "dược phẩm sinh học", "pin lưu trữ năng lượng", "vật liệu mới",
                "thiết bị y tế", "phần mềm quản trị", "tự động hóa công nghiệp"};
        String[] investors = {"Công ty cổ phần Viễn Sơn", "Công ty TNHH Minh Khuê", "Tập đoàn Sao Bắc", "Công ty cổ phần Đông Á Tech",
                "Công ty TNHH Lam Kinh", "Viện nghiên cứu Trường Xuân"};
        String[] states = {"đang giải phóng mặt bằng", "đang thi công phần móng", "đã hoàn thành phần thô", "đang lắp đặt thiết bị",
                "đã đi vào vận hành thử"};
        for (int i = 1; i <= 36; i++) {
            report.append(i).append(". Dự án ").append(fields[i % fields.length]).append(" của ").append(investors[i % investors.length])
                    .append(": vốn đăng ký ").append(120 + 37 * i).append(" tỷ đồng, diện tích ").append(1 + i % 7).append(',')
                    .append(i % 10).append(" ha, ").append(states[i % states.length]).append(".\n");
        }
        report.append("""

                III. KHÓ KHĂN, VƯỚNG MẮC
                Một số dự án chậm tiến độ do vướng mắc trong bồi thường, giải phóng mặt bằng và thủ tục đất đai. Hạ tầng giao thông
                kết nối với trung tâm Thành phố chưa đồng bộ.

                IV. KIẾN NGHỊ
                Đề nghị Ủy ban nhân dân Thành phố chỉ đạo các sở, ngành tháo gỡ vướng mắc về đất đai; bố trí vốn cho tuyến đường
                trục phía Bắc và hệ thống cấp nước sạch.
                """);
        return List.of(
                new Known(1, "Đề án phát triển Khu công nghệ cao Hòa Lạc đến năm 2030, tầm nhìn đến năm 2045 – Chương I. Sự cần thiết và căn cứ xây dựng đề án",
                        "de-an-2030-chuong-1.pdf\nDA-HOALAC-2030\nĐề án", "Mã đề án: DA-HOALAC-2030\n" + BenchCorpus.file("de-an-2030-chuong-1.txt")),
                new Known(2, "Đề án phát triển Khu công nghệ cao Hòa Lạc đến năm 2030 – Chương II. Mục tiêu và chỉ tiêu phát triển",
                        "de-an-2030-chuong-2.pdf\nĐề án", BenchCorpus.file("de-an-2030-chuong-2.txt")),
                new Known(3, "Đề xuất đặt Phòng thí nghiệm công nghệ sinh học nông nghiệp tại Khu công nghệ cao Hòa Lạc",
                        "de-xuat-phong-thi-nghiem.docx\nĐề xuất", "Số: 215/ĐX-ĐHNN\n" + BenchCorpus.file("de-xuat-phong-thi-nghiem.txt")),
                new Known(4, "Thỏa thuận hợp tác giữa Ban quản lý Khu công nghệ cao Hòa Lạc và Trường Đại học Bách khoa Hà Nội",
                        "thoa-thuan-hop-tac-dhbk.pdf\nThỏa thuận", BenchCorpus.file("thoa-thuan-hop-tac-dhbk.txt")),
                new Known(5, "Thông báo số 1857-TB/TU kết luận của Ban Thường vụ Thành ủy về phát triển Khu công nghệ cao Hòa Lạc",
                        "thong-bao-ket-luan.pdf\nThông báo", """
                        THÀNH ỦY HÀ NỘI
                        Số 1857-TB/TU
                        Hà Nội, ngày 14 tháng 3 năm 2025

                        THÔNG BÁO
                        Kết luận của Ban Thường vụ Thành ủy về phát triển Khu công nghệ cao Hòa Lạc

                        Ngày 10 tháng 3 năm 2025, Ban Thường vụ Thành ủy đã nghe Ban cán sự đảng Ủy ban nhân dân Thành phố báo cáo
                        tình hình triển khai Chương trình số 07-CTr/TU. Ban Thường vụ Thành ủy kết luận: giao Ủy ban nhân dân Thành phố
                        chủ trì, phối hợp với Ban quản lý Khu công nghệ cao Hòa Lạc hoàn thiện cơ chế đặc thù thu hút nhà đầu tư chiến
                        lược; ưu tiên bố trí vốn cho hạ tầng giao thông kết nối đô thị vệ tinh Hòa Lạc – Xuân Mai; báo cáo kết quả
                        trước ngày 30 tháng 9 năm 2025.
                        """),
                new Known(6, "Biên bản số 36502/2025 về bàn giao mặt bằng lô đất CX-07 cho dự án trung tâm vi mạch",
                        "bien-ban-ban-giao.pdf\nBiên bản", """
                        Hôm nay, ngày 18 tháng 6 năm 2025, tại trụ sở Ban quản lý Khu công nghệ cao Hòa Lạc, đại diện bên giao và bên
                        nhận đã tiến hành bàn giao mặt bằng lô đất CX-07 với diện tích 3,2 ha. Hiện trạng khu đất đã được san nền, có
                        đường tạm vào công trường. Bên nhận cam kết khởi công xây dựng trong vòng 90 ngày kể từ ngày ký biên bản.
                        """),
                new Known(7, "Quyết định phê duyệt quy hoạch phân khu đô thị đại học Hòa Lạc tỷ lệ 1/2000",
                        "qd-phe-duyet-quy-hoach.pdf\nQuyết định", """
                        Quyết định số 2217/QĐ-UBND ngày 05 tháng 5 năm 2022 của Ủy ban nhân dân Thành phố Hà Nội về việc phê duyệt
                        đồ án. Phạm vi lập quy hoạch gồm khu giáo dục đào tạo, khu nhà ở giảng viên và ký túc xá sinh viên, khu
                        nghiên cứu triển khai và hệ thống cây xanh mặt nước; quy mô dân số khoảng 52.000 người.
                        """),
                new Known(8, "Công văn đề nghị sớm thành lập Sàn giao dịch công nghệ Hà Nội",
                        "cong-van-san-giao-dich.pdf\nCông văn", """
                        Số: 3318/SKHCN-QLCN
                        Kính gửi: Ban quản lý Khu công nghệ cao Hòa Lạc
                        Sở Khoa học và Công nghệ đề nghị Ban quản lý phối hợp xây dựng quy chế vận hành sàn, kết nối cung cầu công
                        nghệ giữa viện, trường và doanh nghiệp, công bố danh mục công nghệ sẵn sàng chuyển giao trong quý IV.
                        """),
                new Known(9, "Báo cáo tình hình thu hút đầu tư 6 tháng đầu năm 2025",
                        "bao-cao-thu-hut-dau-tu.pdf\nBáo cáo", report.toString()));
    }

    static List<Query> queries() {
        String nfd = Normalizer.normalize("giống cây trồng chịu hạn", Normalizer.Form.NFD);
        return List.of(
                // titles: words of the known item's title
                new Query("sự cần thiết và căn cứ xây dựng đề án", 1, "title", "diacritics"),
                new Query("su can thiet va can cu xay dung de an", 1, "title", "folded"),
                new Query("mục tiêu và chỉ tiêu phát triển", 2, "title", "diacritics"),
                new Query("muc tieu va chi tieu phat trien", 2, "title", "folded"),
                new Query("phòng thí nghiệm công nghệ sinh học nông nghiệp", 3, "title", "diacritics"),
                new Query("phong thi nghiem cong nghe sinh hoc nong nghiep", 3, "title", "folded"),
                new Query("Thỏa Thuận Hợp Tác Bách Khoa", 4, "title", "mixed case"),
                new Query("thoa thuan hop tac bach khoa", 4, "title", "folded"),
                new Query("Thoả thuận hợp tác Bách khoa", 4, "title", "variant: old tone placement"),
                new Query("kết luận của ban thường vụ thành ủy", 5, "title", "diacritics"),
                new Query("ket luan cua ban thuong vu thanh uy", 5, "title", "folded"),
                new Query("bàn giao mặt bằng lô đất", 6, "title", "diacritics"),
                new Query("BAN GIAO MAT BANG LO DAT", 6, "title", "folded, upper case"),
                new Query("quy hoạch phân khu đô thị đại học", 7, "title", "diacritics"),
                new Query("quy hoach phan khu do thi dai hoc", 7, "title", "folded"),
                new Query("Quy Hoạch Phân Khu", 7, "title", "mixed case"),
                new Query("quy hoach phân khu đô thị", 7, "title", "partly folded"),
                new Query("quy hoạch phân khu đô thị đại học Hoà Lạc", 7, "title", "variant: old tone placement"),
                new Query("sàn giao dịch công nghệ", 8, "title", "diacritics"),
                new Query("san giao dich cong nghe", 8, "title", "folded"),
                new Query("\"sàn giao dịch công nghệ\"", 8, "title", "diacritics, quoted"),
                new Query("thu hút đầu tư 6 tháng đầu năm", 9, "title", "diacritics"),
                new Query("thu hut dau tu 6 thang dau nam", 9, "title", "folded"),
                // exact phrases of the text (not of the title)
                new Query("giống cây trồng chịu hạn", 3, "text phrase", "diacritics"),
                new Query("giong cay trong chiu han", 3, "text phrase", "folded"),
                new Query(nfd, 3, "text phrase", "decomposed (NFD)"),
                new Query("phòng thí nghiệm chung về vi mạch bán dẫn", 4, "text phrase", "diacritics"),
                new Query("phong thi nghiem chung ve vi mach ban dan", 4, "text phrase", "folded"),
                new Query("gắn kết chặt chẽ giữa nhà nước, nhà trường và doanh nghiệp", 1, "text phrase", "diacritics"),
                new Query("gan ket chat che giua nha nuoc nha truong va doanh nghiep", 1, "text phrase", "folded"),
                new Query("thành phố khoa học thông minh", 2, "text phrase", "diacritics"),
                new Query("thanh pho khoa hoc thong minh", 2, "text phrase", "folded"),
                new Query("cơ chế đặc thù thu hút nhà đầu tư chiến lược", 5, "text phrase", "diacritics"),
                new Query("co che dac thu thu hut nha dau tu chien luoc", 5, "text phrase", "folded"),
                new Query("\"khởi công xây dựng trong vòng 90 ngày\"", 6, "text phrase", "diacritics, quoted"),
                new Query("Ký Túc Xá Sinh Viên", 7, "text phrase", "mixed case"),
                new Query("ky tuc xa sinh vien", 7, "text phrase", "folded"),
                new Query("kí túc xá sinh viên", 7, "text phrase", "variant: i for y"),
                new Query("kết nối cung cầu công nghệ", 8, "text phrase", "diacritics"),
                new Query("ket noi cung cau cong nghe", 8, "text phrase", "folded"),
                // document numbers and codes
                new Query("1857-TB/TU", 5, "number", "as written"),
                new Query("1857", 5, "number", "number part"),
                new Query("TB/TU", 5, "number", "code part"),
                new Query("1857-tb/tu", 5, "number", "lower case"),
                new Query("36502/2025", 6, "number", "as written"),
                new Query("36502", 6, "number", "number part"),
                new Query("CX-07", 6, "number", "as written"),
                new Query("12/2024/TTHT-BQL-ĐHBK", 4, "number", "as written"),
                new Query("12/2024/TTHT-BQL-DHBK", 4, "number", "folded"),
                new Query("12/2024/ttht-bql-đhbk", 4, "number", "lower case"),
                new Query("DA-HOALAC-2030", 1, "number", "as written"),
                new Query("da-hoalac-2030", 1, "number", "lower case"),
                new Query("215/ĐX-ĐHNN", 3, "number", "as written"),
                new Query("215/DX-DHNN", 3, "number", "folded"),
                new Query("2217/QĐ-UBND", 7, "number", "as written"),
                new Query("2217/qd-ubnd", 7, "number", "folded, lower case"),
                new Query("3318/SKHCN-QLCN", 8, "number", "as written"),
                new Query("4471/BC-BQL", 9, "number", "as written"),
                new Query("4471", 9, "number", "number part"));
    }

    // ---------------------------------------------------------------- distractors

    /**
     * Distractor titles and texts: corpus sentences that hold no query's phrase (varied as SearchBenchmark varies them),
     * every query word inserted once at a random place (never next to another inserted word nor next to a word that
     * forms a pair of some query with it), titles of corpus words that are no query word.
     */
    static final class Distractors {
        final Map<String, List<String[]>> phrases = new HashMap<>(); // folded words of each query of two words or more, by first word
        final Set<String> words = new HashSet<>(); // folded words of every query
        final Set<String> pairs = new HashSet<>(); // folded neighbouring words of every query
        final List<String> inserted; // each query word once, as written (accented where a query has it accented)
        final List<String> pool = new ArrayList<>();
        final List<List<String>> titleWords = new ArrayList<>();
        final int allSentences;
        final String[] kinds;
        final Map<String, String[]> edges = new HashMap<>(); // a whitespace piece: its first and last folded word
        long generated;
        long characters;
        long baseCharacters;

        Distractors(List<Query> queries, long seed) {
            Map<String, String> written = new LinkedHashMap<>(); // folded -> written forms
            Set<String> forms = new LinkedHashSet<>();
            for (Query q : queries) {
                List<Word> ws = VietnameseAnalysis.words(q.text());
                if (ws.isEmpty()) {
                    throw new IllegalStateException("a query without words: " + q.text());
                }
                String[] folded = ws.stream().map(Word::folded).toArray(String[]::new);
                if (folded.length > 1) {
                    phrases.computeIfAbsent(folded[0], k -> new ArrayList<>()).add(folded);
                }
                for (int i = 0; i < folded.length; i++) {
                    words.add(folded[i]);
                    if (i + 1 < folded.length) {
                        pairs.add(folded[i] + " " + folded[i + 1]);
                    }
                }
                for (Word w : ws) {
                    written.putIfAbsent(w.folded(), w.written());
                    if (w.accented()) {
                        forms.add(w.written());
                    }
                }
            }
            Set<String> coveredFolded = new HashSet<>();
            forms.forEach(f -> coveredFolded.add(VietnameseAnalysis.fold(f)));
            written.forEach((folded, form) -> {
                if (!coveredFolded.contains(folded)) {
                    forms.add(form);
                }
            });
            inserted = List.copyOf(forms);
            List<String> sentences = BenchCorpus.sentences();
            allSentences = sentences.size();
            for (String s : sentences) {
                if (phrase(folded(s)) == null) {
                    pool.add(s);
                    List<String> allowed = new ArrayList<>();
                    for (String piece : s.split("\\s+")) {
                        String clean = piece.replaceAll("^[\\p{Punct}–]+|[\\p{Punct}–]+$", "");
                        List<Word> ws = VietnameseAnalysis.words(clean);
                        if (ws.size() == 1 && !words.contains(ws.getFirst().folded()) && !clean.matches(".*\\d.*")) {
                            allowed.add(clean);
                        }
                    }
                    titleWords.add(allowed);
                }
            }
            if (pool.size() < 5) {
                throw new IllegalStateException("only " + pool.size() + " corpus sentences hold no query phrase");
            }
            kinds = java.util.Arrays.stream(BenchCorpus.KINDS)
                    .filter(k -> VietnameseAnalysis.words(k).stream().noneMatch(w -> words.contains(w.folded()))).toArray(String[]::new);
        }

        String title(SplittableRandom random) {
            for (int attempt = 0; attempt < 100; attempt++) {
                List<String> allowed = titleWords.get(random.nextInt(titleWords.size()));
                if (allowed.size() < 3) {
                    continue;
                }
                int length = Math.min(allowed.size(), 3 + random.nextInt(4));
                int from = random.nextInt(allowed.size() - length + 1);
                String words = String.join(" ", allowed.subList(from, from + length));
                String kind = kinds.length == 0 ? "" : kinds[random.nextInt(kinds.length)] + " ";
                return kind + Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
            throw new IllegalStateException("no corpus sentence gives a distractor title");
        }

        String body(SplittableRandom random) {
            StringBuilder body = new StringBuilder();
            while (body.length() < 2500) {
                String sentence = pool.get(random.nextInt(pool.size()));
                body.append(sentence.replace("2030", String.valueOf(2025 + random.nextInt(21)))
                        .replace("Hòa Lạc", random.nextInt(4) == 0 ? BenchCorpus.PLACES[random.nextInt(BenchCorpus.PLACES.length)] : "Hòa Lạc")).append(' ');
                if (random.nextInt(5) == 0) {
                    body.append("Số liệu ").append(random.nextInt(100_000)).append(" tại ")
                            .append(BenchCorpus.PLACES[random.nextInt(BenchCorpus.PLACES.length)]).append(". ");
                }
            }
            baseCharacters += body.length();
            List<String> pieces = new ArrayList<>(List.of(body.toString().strip().split(" ")));
            List<Boolean> mine = new ArrayList<>(Collections.nCopies(pieces.size(), false));
            List<String> words = new ArrayList<>(inserted);
            for (int i = words.size() - 1; i > 0; i--) {
                Collections.swap(words, i, random.nextInt(i + 1));
            }
            for (String w : words) {
                String folded = VietnameseAnalysis.fold(w);
                boolean placed = false;
                for (int attempt = 0; attempt < 200 && !placed; attempt++) {
                    int gap = 1 + random.nextInt(pieces.size() - 1); // between pieces gap - 1 and gap
                    if (mine.get(gap - 1) || mine.get(gap)) {
                        continue;
                    }
                    String[] left = edges(pieces.get(gap - 1));
                    String[] right = edges(pieces.get(gap));
                    if (left == null || right == null || pairs.contains(left[1] + " " + folded) || pairs.contains(folded + " " + right[0])) {
                        continue;
                    }
                    pieces.add(gap, w);
                    mine.add(gap, true);
                    placed = true;
                }
                if (!placed) {
                    throw new IllegalStateException("no place for the query word " + w + " in a distractor");
                }
            }
            String text = String.join(" ", pieces);
            generated++;
            characters += text.length();
            return text;
        }

        /** The first and last folded word of a whitespace piece; null for a piece without a word ("–"). */
        String[] edges(String piece) {
            return edges.computeIfAbsent(piece, p -> {
                List<Word> ws = VietnameseAnalysis.words(p);
                return ws.isEmpty() ? null : new String[] {ws.getFirst().folded(), ws.getLast().folded()};
            });
        }

        /** Fails unless the distractor holds every query word in its text, none in its title and no query's phrase. */
        void check(long id, String title, String meta, String text) {
            for (Word w : VietnameseAnalysis.words(title)) {
                if (words.contains(w.folded())) {
                    throw new IllegalStateException("distractor " + id + ": its title «" + title + "» holds the query word " + w.folded());
                }
            }
            List<String> body = folded(text);
            Set<String> missing = new HashSet<>(words);
            body.forEach(missing::remove);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("distractor " + id + ": its text lacks the query words " + missing);
            }
            for (List<String> value : List.of(body, folded(meta))) {
                String[] p = phrase(value);
                if (p != null) {
                    throw new IllegalStateException("distractor " + id + ": holds the query phrase «" + String.join(" ", p) + "»");
                }
            }
        }

        static List<String> folded(String text) {
            return VietnameseAnalysis.words(text).stream().map(Word::folded).toList();
        }

        /** A query phrase that these folded words hold, or null. */
        String[] phrase(List<String> folded) {
            for (int i = 0; i < folded.size(); i++) {
                outer:
                for (String[] p : phrases.getOrDefault(folded.get(i), List.of())) {
                    if (i + p.length > folded.size()) {
                        continue;
                    }
                    for (int j = 1; j < p.length; j++) {
                        if (!folded.get(i + j).equals(p[j])) {
                            continue outer;
                        }
                    }
                    return p;
                }
            }
            return null;
        }
    }
}
