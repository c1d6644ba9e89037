package vn.hoalac.portal.infrastructure.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoalac.portal.application.document.DocumentPage;
import vn.hoalac.portal.application.document.DocumentSummary;
import vn.hoalac.portal.application.search.IndexEntry;
import vn.hoalac.portal.application.search.LibraryQuery;
import vn.hoalac.portal.application.search.SearchQuery;
import vn.hoalac.portal.application.search.SearchResult;
import vn.hoalac.portal.domain.model.document.ExtractionStatus;
import vn.hoalac.portal.domain.model.document.Visibility;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's queries on an index of their own, built the way the portal builds it: known items older than a
 * thousand distractors that hold every query word scattered in their text, Vietnamese with and without diacritics,
 * official numbers, counts and facets of a frequent word, readers, hostile queries, the library's order and filters.
 */
class LuceneSearchTest {

    static final Set<String> EVERYONE = Set.of("role:park-manager");
    static final OffsetDateTime OLD = OffsetDateTime.of(2023, 1, 5, 8, 0, 0, 0, ZoneOffset.UTC);
    static final int DISTRACTORS = 1200;

    static ByteBuffersDirectory directory;
    static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(directory, LuceneSearchEngine.writerConfig())) {
            // the known items, older than everything else
            doc(w, 1, "Quy hoạch phân khu đô thị đại học Hòa Lạc", "Nội dung về hạ tầng.", "", OLD, EVERYONE, 3);
            doc(w, 2, "Biên bản số 36502/2025 về bàn giao mặt bằng", "Biên bản họp.", "", OLD.plusDays(1), EVERYONE, 1);
            doc(w, 3, "Thông báo kết luận", "Theo Thông báo 1857-TB/TU của Ban Thường vụ Thành ủy.", "", OLD.plusDays(2), EVERYONE, 1);
            doc(w, 4, "Ghi nhớ hợp tác", "Thỏa thuận 12/2024/TTHT-BQL-ĐHBK và đề án DA-HOALAC-2030.", "", OLD.plusDays(3), EVERYONE, 1);
            doc(w, 5, "Văn bản tham khảo", "Đề xuất phát triển đô thị đại học gắn với khu công nghệ cao.", "", OLD.plusDays(4), EVERYONE, 1);
            doc(w, 6, "Do thi dai hoc (ban khong dau)", "Van ban go khong dau.", "", OLD.plusDays(5), EVERYONE, 1);
            doc(w, 7, "Tài liệu nội bộ ĐHBK về đô thị đại học", "Chỉ ĐHBK đọc.", "", OLD.plusDays(6), Set.of("org:DHBK:university-reviewer"), 1);
            doc(w, 8, "<script>alert(1)</script> Hồ sơ", "Lạc <img src=x onerror=alert(2)> Hòa", "", OLD.plusDays(7), EVERYONE, 1);
            doc(w, 9, "Báo cáo tiến độ", "Bản hiện hành không nhắc gì.", "Bản cũ nói về sàn giao dịch công nghệ.", OLD.plusDays(8), EVERYONE, 2);
            doc(w, 10, "Báo cáo tổng kết năm", "Số: 4471/BC-BQL. " + "Nội dung báo cáo dài về nhiều việc khác nhau. ".repeat(200),
                    "", OLD.plusDays(9), EVERYONE, 1);
            doc(w, 11, "Thỏa thuận về ký túc xá sinh viên", "Khu ký túc xá mới.", "", OLD.plusDays(10), EVERYONE, 1);
            // distractors: every query word scattered in the text, never in the title, never as the phrase
            Random random = new Random(7);
            String[] words = {"đô", "thị", "đại", "học", "hòa", "lạc", "quy", "hoạch", "phân", "khu", "sàn", "giao", "dịch",
                    "công", "nghệ", "biên", "bản", "bàn", "mặt", "bằng", "thí", "điểm", "do", "thi", "4471", "thoả", "thuận",
                    "kí", "túc", "xá"};
            for (int i = 0; i < DISTRACTORS; i++) {
                StringBuilder text = new StringBuilder();
                List<String> shuffled = new ArrayList<>(List.of(words));
                java.util.Collections.shuffle(shuffled, random);
                for (String word : shuffled) {
                    text.append(word).append(" xen giữa ").append(random.nextInt(1000)).append(". ");
                }
                doc(w, 100 + i, "Văn bản số " + (100 + i), text.toString(), "",
                        OLD.plusDays(30 + i % 700), EVERYONE, 1 + i % 3);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.getIndexReader().close();
        directory.close();
    }

    static void doc(IndexWriter w, long id, String title, String text, String older, OffsetDateTime at, Set<String> readers,
                    int version) throws IOException {
        DocumentSummary row = new DocumentSummary(id, title, id % 2 == 0 ? "Báo cáo" : "Công văn", List.of(), "BQL",
                Visibility.PORTAL, version, "tep-" + id + ".pdf", 1000 * id, "application/pdf", ExtractionStatus.DONE, at, "bql.soan");
        List<IndexEntry.OlderText> olderTexts = older.isEmpty() ? List.of() : List.of(new IndexEntry.OlderText(version - 1, older));
        LuceneSearchEngine.add(w, IndexEntry.group("DOCUMENT", id), new IndexEntry("DOCUMENT", id, version, 0, null, title, title,
                row.filename(), text, olderTexts, row.category(), "BQL", null, at, readers, row));
    }

    static SearchResult search(String q) throws IOException {
        return search(q, EVERYONE);
    }

    static SearchResult search(String q, Set<String> readers) throws IOException {
        return LuceneSearchEngine.search(LuceneSearchEngine.timed(searcher, 5000),
                new SearchQuery(q, readers, null, null, null, null, null, SearchQuery.Order.RELEVANCE, 0, 10), true);
    }

    static List<Long> ids(SearchResult r) {
        return r.items().stream().map(SearchResult.Hit::id).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quy hoạch phân khu đô thị đại học hòa lạc", "quy hoach phan khu do thi dai hoc hoa lac",
            "\"phân khu đô thị\"", "Quy Hoạch Phân Khu"})
    void aTitleHoldingTheWordsComesFirstThoughAThousandNewerDocumentsHoldThemInTheirText(String q) throws IOException {
        SearchResult r = search(q);
        assertThat(ids(r).getFirst()).as(q).isEqualTo(1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"36502/2025", "36502", "biên bản số 36502"})
    void aDocumentNumberFindsItsDocument(String q) throws IOException {
        assertThat(ids(search(q))).as(q).startsWith(2L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1857-TB/TU", "1857", "TB/TU", "1857-tb/tu"})
    void anOfficialNoticeNumberIsFoundWholeAndByItsParts(String q) throws IOException {
        assertThat(ids(search(q))).as(q).startsWith(3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12/2024/TTHT-BQL-ĐHBK", "12/2024/TTHT-BQL-DHBK", "DA-HOALAC-2030", "hoalac"})
    void agreementNumbersAndPlanCodesAreFound(String q) throws IOException {
        assertThat(ids(search(q))).as(q).startsWith(4L);
    }

    @Test
    void aNumberOnlyInTheTextOfALongDocumentFindsItBeforeTextsThatMerelyMentionTheFigure() throws IOException {
        assertThat(ids(search("4471")).getFirst()).isEqualTo(10L);
        assertThat(ids(search("4471/BC-BQL")).getFirst()).isEqualTo(10L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thoả thuận ký túc xá", "Thỏa thuận ký túc xá", "thoả thuận kí túc xá", "thoa thuan ki tuc xa"})
    void eitherTonePlacementAndEitherIOrYSpellingFindTheSameWordsAsWritten(String q) throws IOException {
        assertThat(ids(search(q)).getFirst()).as(q).isEqualTo(11L);
    }

    @Test
    void theToneMarkGoesWhereTheNewRulePutsItAndAFinalYIsFoldedToI() {
        assertThat(VietnameseAnalysis.written("hoà")).isEqualTo("hòa");
        assertThat(VietnameseAnalysis.written("thoả")).isEqualTo("thỏa");
        assertThat(VietnameseAnalysis.written("khoẻ")).isEqualTo("khỏe");
        assertThat(VietnameseAnalysis.written("thuỷ")).isEqualTo("thủy");
        assertThat(VietnameseAnalysis.written("quý")).isEqualTo("quí");
        assertThat(VietnameseAnalysis.written("ký")).isEqualTo("kí");
        assertThat(VietnameseAnalysis.written("mấy")).as("y after a vowel stays").isEqualTo("mấy");
        assertThat(VietnameseAnalysis.written("hoàng")).isEqualTo("hoàng");
        assertThat(VietnameseAnalysis.written("hoà lạc")).isEqualTo("hòa lạc");
        assertThat(VietnameseAnalysis.fold("kỹ")).isEqualTo("ki");
        assertThat(VietnameseAnalysis.fold("quý")).isEqualTo("qui");
        assertThat(VietnameseAnalysis.fold("máy")).as("y after a vowel stays").isEqualTo("may");
        assertThat(VietnameseAnalysis.fold("đường")).isEqualTo("duong");
        assertThat(VietnameseAnalysis.fold("lý do")).isEqualTo("li do");
    }

    @Test
    void aQueryWithDiacriticsRanksTheExactSyllablesAboveFoldedOnesAndMarksOnlyThem() throws IOException {
        SearchResult r = search("đô thị đại học");
        List<Long> ids = ids(r);
        // the two that hold the phrase as written, title first, then the body; "Do thi dai hoc" only after them
        assertThat(ids).startsWith(1L, 5L);
        List<Long> every = ids(LuceneSearchEngine.search(searcher, new SearchQuery("đô thị đại học", EVERYONE, null, null, null,
                null, null, SearchQuery.Order.RELEVANCE, 0, DISTRACTORS + 20), true));
        // a title without diacritics is still found, after every text that holds the syllables as written
        assertThat(every).contains(6L);
        assertThat(every.indexOf(6L)).as("the unaccented title").isGreaterThan(every.indexOf(5L));
        String snippet = r.items().get(1).snippet();
        assertThat(snippet).contains("<mark>đô</mark> <mark>thị</mark> <mark>đại</mark> <mark>học</mark>");
        SearchResult distractors = search("đô thị");
        for (SearchResult.Hit hit : distractors.items()) {
            assertThat(hit.snippet()).doesNotContain("<mark>thí</mark>").doesNotContain("<mark>do</mark>").doesNotContain("<mark>thi</mark>");
        }
    }

    @Test
    void aQueryWithoutDiacriticsFindsEveryAccentedForm() throws IOException {
        SearchResult r = search("do thi dai hoc");
        assertThat(ids(r)).contains(1L, 5L, 6L);
        assertThat(r.items().stream().filter(h -> h.id() == 5L).findFirst().orElseThrow().snippet())
                .contains("<mark>đô</mark> <mark>thị</mark> <mark>đại</mark> <mark>học</mark>");
        assertThat(ids(search("hoa lac"))).contains(1L, 8L);
    }

    @Test
    void theTotalAndEveryFacetCountAllMatchesNotAWindow() throws IOException {
        SearchResult r = LuceneSearchEngine.search(searcher, new SearchQuery("thí điểm", EVERYONE, null, null, null, null,
                null, SearchQuery.Order.RELEVANCE, 0, 20), true);
        assertThat(r.total()).isEqualTo(DISTRACTORS);
        assertThat(r.totalIsLowerBound()).isFalse();
        assertThat(r.facets().get("type")).containsEntry("DOCUMENT", (long) DISTRACTORS);
        assertThat(r.facets().get("category").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(DISTRACTORS);
        long in2024 = r.facets().get("year").getOrDefault("2024", 0L);
        assertThat(in2024).isPositive();
        SearchResult filtered = LuceneSearchEngine.search(searcher, new SearchQuery("thí điểm", EVERYONE, null, null, null, 2024,
                null, SearchQuery.Order.RELEVANCE, 0, 20), true);
        assertThat(filtered.total()).as("filtering by a facet gives the number it showed").isEqualTo(in2024);
    }

    @Test
    void nobodyFindsWhatTheyMayNotRead() throws IOException {
        assertThat(ids(search("tài liệu nội bộ ĐHBK"))).doesNotContain(7L);
        assertThat(ids(search("tài liệu nội bộ ĐHBK", Set.of("org:DHBK:university-reviewer")))).containsExactly(7L);
        assertThat(search("tài liệu nội bộ", Set.of("role:nobody")).total()).isZero();
    }

    @Test
    void aHitInAnOlderVersionSaysWhichVersion() throws IOException {
        SearchResult.Hit hit = search("\"sàn giao dịch công nghệ\"").items().getFirst();
        assertThat(hit.id()).isEqualTo(9L);
        assertThat(hit.olderVersion()).isTrue();
        assertThat(hit.version()).isEqualTo(1);
        assertThat(hit.snippet()).contains("<mark>sàn</mark> <mark>giao</mark>");
    }

    @Test
    void markupInTitlesAndTextsIsShownAsText() throws IOException {
        SearchResult.Hit hit = search("hồ sơ hòa lạc").items().getFirst();
        assertThat(hit.id()).isEqualTo(8L);
        assertThat(hit.snippet()).doesNotContain("<img").contains("&lt;img").contains("<mark>Hòa</mark>");
        assertThat(hit.title()).isEqualTo("<script>alert(1)</script> Hồ sơ"); // the page escapes it, as every value
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "\"", "\"đô thị", "title:", "*", "~", "AND", "OR", "-", "--hòa", "title:(đô AND thị)~2 *",
            "(((", "\\", "hòa -lạc", "đô OR thị"})
    void typedSyntaxAndPunctuationNeverFail(String q) throws IOException {
        SearchResult r = search(q);
        assertThat(r).isNotNull();
        if (ParsedQuery.parse(q).empty()) {
            assertThat(r.notice()).isEqualTo("search.notice.noWords");
        }
    }

    @Test
    void aLongQueryRunsWithEveryWord() throws IOException {
        String q = ("đô thị đại học ".repeat(30)).strip();
        assertThat(ids(search(q))).startsWith(1L);
        assertThat(search("hòa -lạc").total()).isZero(); // every text with hòa also has lạc here
        assertThat(search("hòa lạc").total()).isEqualTo(DISTRACTORS + 2);
        assertThat(search("hoà lạc").total()).as("the old tone placement").isEqualTo(DISTRACTORS + 2);
        assertThat(search("36502 OR 1857").total()).isEqualTo(2);
    }

    @Test
    void theLibraryCountsExactlySortsInVietnameseOrderAndFiltersByEveryColumn() throws IOException {
        DocumentPage all = library(null, null, null, null, null, LibraryQuery.Sort.TITLE, true, 0, 5);
        assertThat(all.total()).isEqualTo(DISTRACTORS + 10); // 7 is ĐHBK's own
        List<String> titles = library(null, null, null, null, null, LibraryQuery.Sort.TITLE, true, 0, 2000).items().stream()
                .map(DocumentSummary::title).toList();
        assertThat(titles.indexOf("Do thi dai hoc (ban khong dau)")).isLessThan(titles.indexOf("Ghi nhớ hợp tác"));
        assertThat(titles.getFirst()).isEqualTo("<script>alert(1)</script> Hồ sơ");
        assertThat(library("quy hoạch", null, null, null, null, null, false, 0, 10).items()).extracting(DocumentSummary::id).containsExactly(1L);
        assertThat(library("quy hoa", null, null, null, null, null, false, 0, 10).items()).as("a word half typed").extracting(DocumentSummary::id).containsExactly(1L);
        assertThat(library(null, 3, null, null, null, null, false, 0, 2000).items()).allMatch(d -> d.currentVersion() == 3);
        DocumentPage small = library(null, null, 0L, 10_000L, null, null, false, 0, 50);
        assertThat(small.items()).allMatch(d -> d.size() < 10_000).extracting(DocumentSummary::id).contains(1L, 9L);
        OffsetDateTime day = OLD.plusDays(2);
        assertThat(library(null, null, null, null, new OffsetDateTime[]{day.minusHours(8), day.plusHours(16)}, null, false, 0, 50).items())
                .extracting(DocumentSummary::id).containsExactly(3L);
    }

    static DocumentPage library(String title, Integer version, Long minSize, Long maxSize, OffsetDateTime[] updated,
                                LibraryQuery.Sort sort, boolean ascending, int offset, int limit) throws IOException {
        return LuceneSearchEngine.documents(searcher, new LibraryQuery(EVERYONE, title, null, null, version, null,
                updated == null ? null : updated[0], updated == null ? null : updated[1], minSize, maxSize, sort, ascending, offset, limit));
    }
}
