package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.FinalText;
import com.lowagie.text.pdf.parser.ParsedText;
import com.lowagie.text.pdf.parser.ParsedTextImpl;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.lowagie.text.pdf.parser.TextAssembler;
import com.lowagie.text.pdf.parser.Word;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The runs of text a PDF page draws, each where it starts and ends: to test where the parts of a format stand. */
final class PdfRuns {

    /**
     * A run of text drawn from (x, y), in points from the lower left corner of the page as it is shown (a landscape
     * page's content is turned back). OpenPDF's parser measures Identity-H text wrongly, so a run's width is computed
     * from the font it is known to be set in.
     */
    record Run(String text, float x, float y) {

        float endX(float size, int style) {
            return x + OfficialDocument.width(text, PdfBlocks.font(size, style));
        }

        float centre(float size, int style) {
            return (x + endX(size, style)) / 2;
        }
    }

    private final List<Run> runs;

    private PdfRuns(List<Run> runs) {
        this.runs = runs;
    }

    static PdfRuns of(byte[] pdf, int page) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        Collector collector = new Collector();
        new PdfTextExtractor(reader, collector).getTextFromPage(page);
        if (reader.getPageRotation(page) == 90) {
            // shown turned a quarter clockwise: the drawn (x, y) is shown at (y, width - x)
            float width = reader.getPageSize(page).getWidth();
            return new PdfRuns(collector.runs.stream().map(r -> new Run(r.text(), r.y(), width - r.x())).toList());
        }
        return new PdfRuns(collector.runs);
    }

    /** The first run that holds {@code text}; fails when none does. */
    Run find(String text) {
        return runs.stream().filter(r -> r.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run holds \"" + text + "\" among " + texts()));
    }

    /** The run whose text is exactly {@code text}, if any. */
    java.util.Optional<Run> exactly(String text) {
        return runs.stream().filter(r -> r.text().equals(text)).findFirst();
    }

    void dump() {
        runs.forEach(System.out::println);
    }

    List<String> texts() {
        return runs.stream().map(Run::text).toList();
    }

    /** Asserts that {@code below} stands lower on the page than {@code above}. */
    static void assertBelow(Run below, Run above) {
        assertThat(below.y()).as("\"%s\" below \"%s\"", below.text(), above.text()).isLessThan(above.y());
    }

    private static final class Collector implements TextAssembler {
        final List<Run> runs = new ArrayList<>();

        @Override
        public void process(ParsedText text, String id) {
            // the words of one text-showing operator (a line, or part of one), decoded through the font
            List<Word> words = text.getAsPartialWords();
            if (words.isEmpty()) {
                return;
            }
            StringBuilder s = new StringBuilder();
            for (Word word : words) {
                s.append(word.getText());
            }
            if (!s.toString().isBlank()) {
                runs.add(new Run(s.toString().strip().replaceAll("\\s+", " "), text.getStartPoint().get(0),
                        text.getStartPoint().get(1)));
            }
        }

        @Override
        public void process(FinalText text, String id) {
        }

        @Override
        public void process(Word word, String id) {
        }

        @Override
        public void renderText(FinalText text) {
        }

        @Override
        public void renderText(ParsedTextImpl text) {
        }

        @Override
        public FinalText endParsingContext(String context) {
            return new FinalText("");
        }

        @Override
        public String getWordId() {
            return "w";
        }

        @Override
        public void setPage(int page) {
        }

        @Override
        public void reset() {
        }
    }
}
