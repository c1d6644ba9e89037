package vn.hoalac.portal.infrastructure.search;

/**
 * {@link Snippets} marks matches with these private-use characters; the snippet is HTML-escaped first and only then
 * are they replaced by {@code <mark>} and {@code </mark>}, so a document's text can never inject markup.
 */
public final class SearchMarks {

    public static final char START = '\uE000';
    public static final char STOP = '\uE001';

    private SearchMarks() {
    }

    public static String toHtml(String headline) {
        if (headline == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(headline.length() + 32);
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
