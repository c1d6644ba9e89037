package vn.hoalac.portal.infrastructure.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ResultCacheTest {

    private record Question(String words, Set<String> readers) {
    }

    @Test
    void anAnswerIsGivenAgainOnlyOnTheSameReaderToTheSameQuestionOfTheSameReaders() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new StringField("id", "1", Field.Store.YES));
            writer.addDocument(d);
            writer.commit();
            ResultCache cache = new ResultCache();
            try (DirectoryReader before = DirectoryReader.open(dir)) {
                cache.put(before, new Question("hoa lac", Set.of("role:park-manager")), "1 hit");
                assertEquals("1 hit", cache.<String>get(before, new Question("hoa lac", Set.of("role:park-manager"))));
                assertNull(cache.get(before, new Question("hoa lac", Set.of("org:DHBK"))), "another reader's tokens");
                assertNull(cache.get(before, new Question("lac", Set.of("role:park-manager"))), "another question");
                writer.addDocument(d);
                writer.commit();
                try (DirectoryReader after = DirectoryReader.openIfChanged(before)) {
                    assertNull(cache.get(after, new Question("hoa lac", Set.of("role:park-manager"))), "the index changed");
                }
            }
        }
    }
}
