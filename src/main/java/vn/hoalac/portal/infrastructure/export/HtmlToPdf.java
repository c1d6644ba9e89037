package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;

import static vn.hoalac.portal.infrastructure.export.PdfBlocks.font;

/**
 * A section body (cleaned HTML: p, h1-h4, ul/ol/li, strong/em/u, blockquote, br) as PDF paragraphs and lists.
 * Only text nodes reach the page, so markup can never be printed as text; unknown elements contribute their text.
 * The text is set as the official formats set a document's text: 14 pt, paragraphs justified with their first line
 * indented 1 cm.
 */
final class HtmlToPdf {

    private static final float SIZE = 14;

    /** A run of text in one style, or a line break ({@code text} null). */
    private record Run(String text, int style) {
    }

    private final List<Element> out = new ArrayList<>();
    private final List<Run> pending = new ArrayList<>();

    private HtmlToPdf() {
    }

    /** The body as PDF elements, in order; none for a null or blank body. */
    static List<Element> elements(String html) {
        HtmlToPdf body = new HtmlToPdf();
        if (html != null && !html.isBlank()) {
            body.blocks(Jsoup.parseBodyFragment(html).body().childNodes(), Font.NORMAL, 0);
            body.flush(0);
        }
        return body.out;
    }

    /** Block-level content: paragraphs, headings, lists and quotes; loose inline content becomes a paragraph. */
    private void blocks(List<Node> nodes, int style, float indent) {
        for (Node node : nodes) {
            if (!(node instanceof org.jsoup.nodes.Element e)) {
                inline(node, style, pending);
                continue;
            }
            switch (e.normalName()) {
                case "p", "div" -> {
                    flush(indent);
                    blocks(e.childNodes(), style, indent);
                    flush(indent);
                }
                case "h1", "h2", "h3", "h4" -> {
                    flush(indent);
                    inlineAll(e.childNodes(), style | Font.BOLD, pending);
                    Paragraph heading = paragraph(pending, headingSize(e.normalName()), indent);
                    pending.clear();
                    if (heading != null) {
                        heading.setSpacingBefore(6);
                        out.add(heading);
                    }
                }
                case "ul", "ol" -> {
                    flush(indent);
                    com.lowagie.text.List list = list(e, style);
                    list.setIndentationLeft(indent);
                    out.add(list);
                }
                case "blockquote" -> {
                    flush(indent);
                    blocks(e.childNodes(), style | Font.ITALIC, indent + 18);
                    flush(indent + 18);
                }
                case "br" -> pending.add(new Run(null, style));
                default -> inline(e, style, pending);
            }
        }
    }

    private static float headingSize(String tag) {
        return switch (tag) {
            case "h1" -> 15;
            default -> 14;
        };
    }

    /** ul/ol with its items; a list nested in an item follows that item, indented. */
    private com.lowagie.text.List list(org.jsoup.nodes.Element e, int style) {
        boolean ordered = e.normalName().equals("ol");
        com.lowagie.text.List list = new com.lowagie.text.List(ordered, 20);
        list.setListSymbol(new Chunk(ordered ? "" : "•", font(SIZE, style)));
        for (org.jsoup.nodes.Element child : e.children()) {
            List<Run> runs = new ArrayList<>();
            List<com.lowagie.text.List> nested = new ArrayList<>();
            for (Node node : child.childNodes()) {
                if (node instanceof org.jsoup.nodes.Element n && (n.normalName().equals("ul") || n.normalName().equals("ol"))) {
                    nested.add(list(n, style));
                } else {
                    inline(node, style, runs);
                }
            }
            ListItem item = new ListItem(SIZE * 1.4f, "", font(SIZE, style));
            Paragraph text = paragraph(runs, SIZE, 0);
            if (text != null) {
                item.addAll(text);
            }
            list.add(item);
            nested.forEach(list::add);
        }
        return list;
    }

    private static void inlineAll(List<Node> nodes, int style, List<Run> runs) {
        nodes.forEach(node -> inline(node, style, runs));
    }

    /** Inline content: text in the style of its strong/b, em/i and u ancestors; br is a line break. */
    private static void inline(Node node, int style, List<Run> runs) {
        if (node instanceof TextNode text) {
            runs.add(new Run(text.text(), style));
        } else if (node instanceof org.jsoup.nodes.Element e) {
            int inner = switch (e.normalName()) {
                case "strong", "b" -> style | Font.BOLD;
                case "em", "i" -> style | Font.ITALIC;
                case "u" -> style | Font.UNDERLINE;
                default -> style;
            };
            if (e.normalName().equals("br")) {
                runs.add(new Run(null, style));
            } else {
                inlineAll(e.childNodes(), inner, runs);
            }
        }
    }

    private void flush(float indent) {
        Paragraph paragraph = paragraph(pending, SIZE, indent);
        pending.clear();
        if (paragraph != null) {
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            paragraph.setFirstLineIndent(OfficialDocument.INDENT);
            out.add(paragraph);
        }
    }

    /** The runs as one paragraph, outer whitespace trimmed; null when there is no text. */
    private static Paragraph paragraph(List<Run> runs, float size, float indent) {
        List<Run> trimmed = new ArrayList<>(runs);
        while (!trimmed.isEmpty() && isBlank(trimmed.getFirst())) {
            trimmed.removeFirst();
        }
        while (!trimmed.isEmpty() && isBlank(trimmed.getLast())) {
            trimmed.removeLast();
        }
        if (trimmed.isEmpty()) {
            return null;
        }
        Paragraph paragraph = new Paragraph();
        paragraph.setFont(font(size, Font.NORMAL)); // else OpenPDF's default, a non-embedded Helvetica, is referenced
        paragraph.setLeading(size * 1.3f);
        paragraph.setSpacingAfter(6);
        paragraph.setIndentationLeft(indent);
        for (int i = 0; i < trimmed.size(); i++) {
            Run run = trimmed.get(i);
            if (run.text() == null) {
                // not Chunk.NEWLINE, whose default font is a non-embedded Helvetica
                paragraph.add(new Chunk("\n", font(size, run.style())));
                continue;
            }
            String text = run.text();
            if (i == 0) {
                text = text.stripLeading();
            }
            if (i == trimmed.size() - 1) {
                text = text.stripTrailing();
            }
            paragraph.add(new Chunk(text, font(size, run.style())));
        }
        return paragraph;
    }

    private static boolean isBlank(Run run) {
        return run.text() == null || run.text().isBlank();
    }
}
