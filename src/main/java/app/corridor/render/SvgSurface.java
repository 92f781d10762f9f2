package app.corridor.render;

import app.corridor.layout.TextStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A surface that writes SVG as it is drawn on, straight to a {@link Writer}: real {@code <text>}
 * (selectable, searchable), fonts named by family with a sans-serif fallback, and one {@code <g>}
 * per event carrying its id ({@code data-event-id}, and {@code id="event-…"} on its first
 * appearance, since an event shown in several actor lanes appears once per lane) and its full title
 * as a {@code <title>} child, which viewers show as a tooltip.
 *
 * <p>Text is measured with the bundled DejaVu Sans, so a viewer that has it (or gets it from the
 * fallback list) draws exactly what was laid out.
 */
public final class SvgSurface extends AwtMeasuredSurface {

    /**
     * The CSS font stack: the bundled family, then Bitstream Vera (same Latin metrics), then the
     * usual Chinese faces (the bundled Noto Sans CJK SC first), then any sans-serif.
     */
    public static final String FONT_STACK = "'" + FontSpec.BUNDLED_FAMILY + "', 'Bitstream Vera Sans', '"
            + BundledFace.CJK.family() + "', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', "
            + "sans-serif";
    /** Urdu runs: Naskh as in the other exports, then the Nastaliq faces Urdu readers may have. */
    public static final String URDU_STACK = "'Noto Naskh Arabic', '" + BundledFace.ARABIC.family()
            + "', 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', serif";

    private final Writer out;
    private final Theme theme;
    private final Set<String> idsUsed = new HashSet<>();
    private int clipCount;
    private int depth;

    public SvgSurface(Writer out, Theme theme, AwtFonts fonts) {
        super(fonts);
        this.out = out;
        this.theme = theme;
    }

    /**
     * Writes the document head: an {@code <svg>} of {@code width × height} pixels with a
     * {@code <title>} and a {@code <desc>} (either may be null) and one CSS class per text style.
     */
    public void begin(double width, double height, String title, String description) {
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"" + num(width) + "\" height=\""
                + num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" font-family=\""
                + escape(FONT_STACK) + "\">\n");
        if (title != null) {
            write("<title>" + escape(title) + "</title>\n");
        }
        if (description != null) {
            write("<desc>" + escape(description) + "</desc>\n");
        }
        StringBuilder css = new StringBuilder("<style>\n");
        for (TextStyle style : TextStyle.values()) {
            FontSpec f = theme.font(style);
            css.append('.').append(cssClass(style)).append("{font-size:").append(num(f.size())).append("px")
                    .append(f.bold() ? ";font-weight:bold" : "").append("}\n");
        }
        css.append(".ur{font-family:").append(URDU_STACK).append(";font-size:")
                .append(num(AwtFonts.ARABIC_SCALE * 100)).append("%}\n");
        css.append(".zh{font-family:'").append(BundledFace.CJK.family()).append("', ").append(FONT_STACK).append("}\n");
        css.append("text{white-space:pre}\n</style>\n");
        write(css.toString());
    }

    /** Closes what is open and the document; does not close the writer. */
    public void end() {
        while (depth > 0) {
            write("</g>\n");
            depth--;
        }
        write("</svg>\n");
    }



    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        write("<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\""
                + fill(fill) + "/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgba fill) {
        write("<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
                + "\" rx=\"" + num(Math.min(arc / 2, Math.min(w, h) / 2)) + "\"" + fill(fill) + "/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgba stroke, double lineWidth,
                                double[] dashes) {
        write("<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
                + "\" rx=\"" + num(Math.min(arc / 2, Math.min(w, h) / 2)) + "\" fill=\"none\""
                + stroke(stroke, lineWidth, dashes) + "/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba stroke, double lineWidth, double[] dashes) {
        write("<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\""
                + stroke(stroke, lineWidth, dashes) + "/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        write("<polygon points=\"" + points(xs, ys) + "\"" + fill(fill) + "/>\n");
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Rgba stroke, double lineWidth) {
        write("<polygon points=\"" + points(xs, ys) + "\" fill=\"none\"" + stroke(stroke, lineWidth, null) + "/>\n");
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        if (fonts.plain(text)) {
            write("<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" class=\"" + cssClass(style) + "\"" + fill(color)
                    + ">" + escape(text) + "</text>\n");
            return;
        }
        // Chinese and Urdu runs in their faces; a line that starts in Urdu is a right-to-left
        // paragraph, its left end (the end of the text) at x as the layout placed it.
        StringBuilder t = new StringBuilder("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" class=\"").append(cssClass(style)).append('"').append(fill(color));
        if (!new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()) {
            t.append(" direction=\"rtl\" text-anchor=\"end\"");
        }
        t.append('>');
        for (AwtFonts.Run r : fonts.runs(text, style)) {
            String part = escape(text.substring(r.start(), r.end()));
            switch (r.face()) {
                case ARABIC -> t.append("<tspan class=\"ur\">").append(part).append("</tspan>");
                case CJK -> t.append("<tspan class=\"zh\">").append(part).append("</tspan>");
                default -> t.append(part);
            }
        }
        write(t.append("</text>\n").toString());
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        String id = "clip" + (++clipCount);
        write("<clipPath id=\"" + id + "\"><rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w)
                + "\" height=\"" + num(h) + "\"/></clipPath>\n<g clip-path=\"url(#" + id + ")\">\n");
        depth++;
    }

    @Override
    public void popClip() {
        write("</g>\n");
        depth--;
    }

    @Override
    public void beginGroup(String id, String cssClass, String title) {
        StringBuilder g = new StringBuilder("<g");
        if (id != null) {
            if (idsUsed.add(id)) {
                g.append(" id=\"event-").append(escape(id)).append('"');
            }
            g.append(" data-event-id=\"").append(escape(id)).append('"');
        }
        if (cssClass != null) {
            g.append(" class=\"").append(escape(cssClass)).append('"');
        }
        g.append(">\n");
        if (title != null) {
            g.append("<title>").append(escape(title)).append("</title>\n");
        }
        write(g.toString());
        depth++;
    }

    @Override
    public void endGroup() {
        write("</g>\n");
        depth--;
    }

    /** An {@code <a>} to {@code #target}, with both SVG 2's {@code href} and SVG 1.1's {@code xlink:href}. */
    @Override
    public void beginLink(String target) {
        String href = escape("#" + target);
        write("<a href=\"" + href + "\" xlink:href=\"" + href + "\">\n");
        depth++;
    }

    @Override
    public void endLink() {
        write("</a>\n");
        depth--;
    }

    @Override
    public void beginAnchor(String id) {
        write("<g id=\"" + escape(id) + "\">\n");
        depth++;
    }

    @Override
    public void endAnchor() {
        write("</g>\n");
        depth--;
    }

    private static String cssClass(TextStyle style) {
        return "t-" + style.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String fill(Rgba c) {
        return " fill=\"" + c.toHex() + "\"" + (c.alpha() < 1 ? " fill-opacity=\"" + num(c.alpha()) + "\"" : "");
    }

    private static String stroke(Rgba c, double width, double[] dashes) {
        StringBuilder s = new StringBuilder(" stroke=\"").append(c.toHex()).append('"');
        if (c.alpha() < 1) {
            s.append(" stroke-opacity=\"").append(num(c.alpha())).append('"');
        }
        if (width != 1) {
            s.append(" stroke-width=\"").append(num(width)).append('"');
        }
        if (dashes != null && dashes.length > 0) {
            s.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                s.append(i == 0 ? "" : " ").append(num(dashes[i]));
            }
            s.append('"');
        }
        return s.toString();
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            p.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        return p.toString();
    }

    /** A coordinate with at most two decimals, no exponent, no trailing zeros. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "0";
        }
        long hundredths = Math.round(v * 100);
        long whole = Math.abs(hundredths) / 100;
        long frac = Math.abs(hundredths) % 100;
        String sign = hundredths < 0 ? "-" : "";
        if (frac == 0) {
            return sign + whole;
        }
        return sign + whole + (frac % 10 == 0 ? "." + frac / 10 : (frac < 10 ? ".0" : ".") + frac);
    }

    /**
     * Text made safe for XML 1.0 content and attributes: markup characters escaped, characters XML
     * cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD.
     */
    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> null;
            };
            if (rep == null && !allowed(s, i)) {
                rep = "\ufffd";
            }
            if (rep == null && Character.isHighSurrogate(c)) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (rep != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false; // a low surrogate reached here has no high one before it
        }
        return c != 0xfffe && c != 0xffff;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
