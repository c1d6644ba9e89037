package vn.hoalac.portal.infrastructure.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.search.SearchQuery;
import vn.hoalac.portal.application.search.SearchResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through results that score the same (uploads of one kind, a title the query matches equally): every match is
 * on exactly one page, whatever order the index holds them in. The cluster test found 13 uploads missing from the pages
 * of the instance that indexed them in another order than their dates: recency was applied only within each page's
 * window of the best matches, so page 2 repeated some of page 1 and never showed others.
 */
class SearchPagingTest {

    @Test
    void everyEqualMatchIsOnExactlyOnePageNewestFirst() throws IOException {
        int count = 150;
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(i);
        }
        Collections.shuffle(days, new Random(15)); // index order is not date order (as on an instance that caught up)
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(directory, LuceneSearchEngine.writerConfig())) {
                for (int i = 0; i < count; i++) {
                    LuceneSearchTest.doc(w, 1000 + i, "Tệp tải lên trong lúc chuyển máy chủ", "Nội dung giống nhau.", "",
                            LuceneSearchTest.OLD.plusDays(days.get(i)), LuceneSearchTest.EVERYONE, 1);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<Long> seen = new ArrayList<>();
                for (int offset = 0; offset < count; offset += 40) {
                    SearchResult page = LuceneSearchEngine.search(LuceneSearchEngine.timed(searcher, 5000), new SearchQuery(
                            "chuyển máy chủ", LuceneSearchTest.EVERYONE, null, null, null, null, null,
                            SearchQuery.Order.RELEVANCE, offset, 40), true);
                    assertThat(page.total()).isEqualTo(count);
                    page.items().forEach(hit -> seen.add(hit.id()));
                }
                assertThat(seen).as("every match once over the pages").doesNotHaveDuplicates().hasSize(count);
                List<Long> newestFirst = new ArrayList<>();
                for (int day = count - 1; day >= 0; day--) {
                    newestFirst.add(1000L + days.indexOf(day));
                }
                assertThat(seen).as("equal scores: newest first, across pages").isEqualTo(newestFirst);
            }
        }
    }
}
