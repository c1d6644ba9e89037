package vn.hoalac.portal.infrastructure.search;

import org.apache.lucene.index.IndexReader;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers of the index already given on the same reader. A reader is a fixed point in time of the index: the same
 * question on it always gets the same answer, so it is kept while the reader serves. The question (SearchQuery,
 * LibraryQuery) holds the reader tokens of the user who asked, so an answer is only ever given again to someone who
 * may read exactly the same. The follower opens a new reader when a change is applied, and answers of older readers
 * fall out as new ones come in. Answers cut short by the time limit, or read while the index is being rebuilt, are not
 * kept.
 */
final class ResultCache {

    private static final int MAX_ENTRIES = 500;

    private record Key(IndexReader.CacheKey reader, Object question) {
    }

    private final Map<Key, Object> answers = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    /** The answer given on this reader to the same question, or null. */
    @SuppressWarnings("unchecked")
    <T> T get(IndexReader reader, Object question) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return helper == null ? null : (T) answers.get(new Key(helper.getKey(), question));
    }

    void put(IndexReader reader, Object question, Object answer) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper != null) {
            answers.put(new Key(helper.getKey(), question), answer);
        }
    }
}
