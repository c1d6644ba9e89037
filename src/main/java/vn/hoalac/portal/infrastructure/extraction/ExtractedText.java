package vn.hoalac.portal.infrastructure.extraction;

/** What tika-server made of a file: its text (NFC, capped) and the metadata the portal shows. */
public record ExtractedText(String text, boolean truncated, String contentType, Integer pages, String author,
                            String created, String title, String language, boolean ocr, String warning) {

    /** Letters and digits in the text, a measure of whether a page carried text at all. */
    public int meaningfulChars() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
