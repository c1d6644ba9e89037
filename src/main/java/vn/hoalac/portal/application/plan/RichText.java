package vn.hoalac.portal.application.plan;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rich text of plan sections: cleaned on every save with a jsoup safelist (paragraphs, headings, lists, emphasis,
 * tables, links; no scripts, styles, event handlers, images or frames), so it can be shown as HTML safely. The editor's
 * toolbar (plans/plan.xhtml) offers only what survives this cleaning, so nothing a person formats is dropped on save.
 */
public final class RichText {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("s", "del", "ins")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .addAttributes("li", "data-list"); // read by lists(), then removed

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "tr", "br", "table", "ul", "ol");

    private RichText() {
    }

    /** Safe HTML in NFC; a blank or markup-only text becomes the empty string. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        String cleaned = Jsoup.clean(Normalizer.normalize(html, Normalizer.Form.NFC), "", SAFELIST, settings).strip();
        Document document = Jsoup.parseBodyFragment(cleaned);
        document.outputSettings(settings);
        if (document.body().text().isBlank()) {
            return "";
        }
        lists(document.body());
        document.body().select("span").forEach(span -> {
            if (span.childNodeSize() == 0 && span.attributes().isEmpty()) {
                span.remove(); // the editor's own markers (span.ql-ui), emptied by the safelist
            }
        });
        return document.body().html().strip();
    }

    /**
     * The editor (Quill 2) writes every list as {@code <ol>}, each item saying what it is: {@code <li data-list="bullet">}.
     * Shown anywhere but in the editor that would be a numbered list, so runs of bullet items become {@code <ul>}
     * (which the editor reads back as bullets) and the attribute goes.
     */
    private static void lists(Element body) {
        for (Element ol : body.select("ol")) {
            List<Element> items = ol.children().stream().filter(e -> e.normalName().equals("li")).toList();
            if (items.stream().noneMatch(li -> li.attr("data-list").equals("bullet"))) {
                items.forEach(li -> li.removeAttr("data-list"));
                continue;
            }
            Element run = null;
            boolean runIsBullet = false;
            for (Element li : items) {
                boolean bullet = li.attr("data-list").equals("bullet");
                li.removeAttr("data-list");
                if (run == null || bullet != runIsBullet) {
                    run = new Element(bullet ? "ul" : "ol");
                    ol.before(run);
                    runIsBullet = bullet;
                }
                run.appendChild(li);
            }
            ol.remove();
        }
    }

    /** Plain text, one line per paragraph, heading or list item: what comparisons and exports work on. */
    public static List<String> lines(String html) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(Jsoup.parseBodyFragment(html == null ? "" : html).body(), line, lines);
        flush(line, lines);
        return lines;
    }

    public static String plainText(String html) {
        return String.join("\n", lines(html));
    }

    private static void collect(Node node, StringBuilder line, List<String> lines) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                line.append(text.text());
            } else if (child instanceof Element element) {
                boolean block = BLOCKS.contains(element.normalName());
                if (block) {
                    flush(line, lines);
                }
                if (element.normalName().equals("li")) {
                    line.append("- ");
                }
                collect(element, line, lines);
                if (block) {
                    flush(line, lines);
                }
            }
        }
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty() && !text.equals("-")) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
