package io.casebook.inbox;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML mail body as plain text, with the quoted thread cut before extraction: Gmail's
 * {@code div.gmail_quote}, the last {@code blockquote}, Outlook's {@code #OLK_SRC_BODY_SECTION}
 * and the divider before its quoted header, Zimbra's divider. Block elements and {@code <br>}
 * become line breaks. Stateless and thread-safe.
 */
final class HtmlText {

    private static final String QUOTES = "div.gmail_quote, blockquote, #OLK_SRC_BODY_SECTION, "
            + "div#divRplyFwdMsg, div[style*=border-top:solid #E1E1E1], div[style*=border-top:solid #B5C4DF], "
            + "hr[data-marker=__DIVIDER__], div.yahoo_quoted, div.moz-cite-prefix";

    private HtmlText() {
    }

    static String of(String html) {
        Document doc = Jsoup.parse(html);
        for (Element quote : doc.select(QUOTES)) {
            // everything from the quote on is the thread: drop the element and what follows it
            Element parent = quote.parent();
            if (parent != null) {
                int index = quote.siblingIndex();
                for (int i = parent.childNodeSize() - 1; i >= index; i--) {
                    parent.childNode(i).remove();
                }
            }
        }
        doc.select("script, style, head, title").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.nameIs("br") || e.nameIs("p") || e.nameIs("div")
                        || e.nameIs("tr") || e.nameIs("li") || e.nameIs("h1") || e.nameIs("h2") || e.nameIs("h3"))) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (e.nameIs("p") || e.nameIs("div") || e.nameIs("tr") || e.nameIs("li")
                        || e.nameIs("table"))) {
                    newline(out);
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return out.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
