package app.corridor.curate;

import app.corridor.i18n.Phrase;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page, with jsoup: navigation and other boilerplate left out (nav,
 * header, footer, aside, script, style, forms and their ARIA equivalents), the page's single
 * {@code <article>} or its {@code <main>} preferred to the whole body, paragraphs separated by a
 * blank line, and the metadata the page states about itself.
 */
final class HtmlText {

    /** Left out of the text wherever they stand. */
    static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, template, form, iframe, "
            + "svg, button, input, select, textarea, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=search], [aria-hidden=true]";

    private static final Pattern BLOCK = Pattern.compile(
            "p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|section|article|main|pre|table|tr|figure|figcaption|address|hr");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** What a page gives: its text, and its own statements about itself. */
    record Page(String text, ProposedField title, ProposedField author, ProposedField outlet, ProposedField published,
                ProposedField url, int leftOut) {
    }

    private HtmlText() {
    }

    /** Reads {@code doc}, removing its boilerplate in place. */
    static Page read(Document doc) {
        ProposedField title = ProposedField.stated(doc.title(), Phrase.of("curate.origin.html-title"));
        if (!title.isStated()) {
            title = ProposedField.stated(meta(doc, "property", "og:title"), Phrase.of("curate.origin.html-og-title"));
        }
        ProposedField author = ProposedField.stated(nonUrl(meta(doc, "name", "author")), Phrase.of("curate.origin.html-author"));
        ProposedField outlet = ProposedField.stated(meta(doc, "property", "og:site_name"), Phrase.of("curate.origin.html-site-name"));
        ProposedField published = ProposedField.stated(isoDay(meta(doc, "property", "article:published_time")),
                Phrase.of("curate.origin.html-published"));
        String canonical = doc.select("link[rel=canonical]").attr("href");
        ProposedField url = ProposedField.stated(canonical.matches("https?://\\S+") ? canonical : null,
                Phrase.of("curate.origin.html-canonical"));

        Elements boilerplate = doc.select(BOILERPLATE);
        int leftOut = boilerplate.size();
        boilerplate.remove();
        Elements articles = doc.select("article");
        Element root = articles.size() == 1 ? articles.first()
                : doc.selectFirst("main") != null ? doc.selectFirst("main") : doc.body();
        return new Page(text(root), title, author, outlet, published, url, leftOut);
    }

    /** The text of {@code root}: whitespace collapsed as a browser does, a blank line between blocks. */
    private static String text(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    boolean pre = t.parent() != null && t.parent().closest("pre") != null;
                    out.append(pre ? t.getWholeText() : t.getWholeText().replaceAll("[\\s&&[^\\u00a0]]+", " "));
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        out.append('\n');
                    } else if (isBlock(e)) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e)) {
                    out.append("\n\n");
                }
            }
        });
        String text = out.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return text.isEmpty() ? "" : text + "\n";
    }

    private static boolean isBlock(Element e) {
        return BLOCK.matcher(e.normalName()).matches();
    }

    private static String meta(Document doc, String attribute, String name) {
        Element meta = doc.selectFirst("meta[" + attribute + "=" + name + "]");
        return meta == null ? null : meta.attr("content");
    }

    private static String nonUrl(String value) {
        return value == null || value.toLowerCase(Locale.ROOT).startsWith("http") ? null : value;
    }

    /** {@code 2024-09-09T08:00:00+05:00} → {@code 2024-09-09}; anything else → null. */
    private static String isoDay(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(value);
        return m.lookingAt() ? m.group() : null;
    }
}
