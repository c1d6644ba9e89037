package vn.hoalac.portal.infrastructure.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * Each (lower-case) word twice at one position: folded ({@link VietnameseAnalysis#fold}) and, where it differs, as
 * written with its tone mark where the new-style rule puts it ({@link VietnameseAnalysis#written}). "hoà" and "hòa",
 * "thoả" and "thỏa" are the same written word; "kỹ" and "kĩ" the same folded one.
 */
final class VietnameseFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private String pendingWritten;

    VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingWritten != null) {
            term.setEmpty().append(pendingWritten);
            increment.setPositionIncrement(0);
            pendingWritten = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String written = VietnameseAnalysis.written(term.toString());
        String folded = VietnameseAnalysis.fold(written);
        term.setEmpty().append(folded);
        if (!folded.equals(written)) {
            pendingWritten = written;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingWritten = null;
    }
}
