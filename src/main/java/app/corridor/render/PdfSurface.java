package app.corridor.render;

import app.corridor.i18n.BidiText;
import app.corridor.layout.TextStyle;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A surface over a PDFBox page content stream: vector shapes, and text as real text in the
 * bundled DejaVu fonts, embedded (subset) as Type 0 fonts so it can be selected, searched and
 * extracted. The caller sets up the page transform (CSS pixels, y down, onto points, y up); text
 * is flipped back upright here.
 *
 * <p>Characters the bundled font has no glyph for are drawn as "?" rather than failing the export.
 */
public final class PdfSurface extends AwtMeasuredSurface {

    /**
     * The bundled faces loaded into one document; share it between the pages of that document and
     * close it after the document is saved (the subsets are made when it is saved).
     *
     * <p>Glyph substitution (GSUB) is switched off: PDFBox would otherwise draw "fi" as the
     * ligature glyph, which changes widths from what the layout measured and makes text
     * extraction give "ﬁlters" instead of "filters".
     */
    public static final class Fonts implements java.io.Closeable {
        private final PDDocument document;
        private final Map<String, PDType0Font> loaded = new HashMap<>();
        private final java.util.List<TrueTypeFont> open = new java.util.ArrayList<>();

        public Fonts(PDDocument document) {
            this.document = document;
        }

        PDType0Font of(FontSpec spec) {
            return of(spec.resource());
        }

        PDType0Font of(BundledFace face) {
            return of(face.resource());
        }

        private PDType0Font of(String resourcePath) {
            return loaded.computeIfAbsent(resourcePath, resource -> {
                try (InputStream in = PdfSurface.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled font missing: " + resource);
                    }
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    open.add(ttf);
                    ttf.setEnableGsub(false);
                    return PDType0Font.load(document, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        @Override
        public void close() throws IOException {
            for (TrueTypeFont ttf : open) {
                ttf.close();
            }
            open.clear();
        }
    }

    private static final double KAPPA = 0.5522847498;

    private final PDPageContentStream cs;
    private final Theme theme;
    private final Fonts pdfFonts;
    private final Map<Long, PDExtendedGraphicsState> alphaStates = new HashMap<>();

    // What the content stream currently has set, to avoid repeating operators.
    private Rgba fillColor;
    private Rgba strokeColor;
    private double alpha = 1;
    private double lineWidth = Double.NaN;
    private double[] dashes;
    private boolean dashSet;

    public PdfSurface(PDPageContentStream cs, Theme theme, AwtFonts fonts, Fonts pdfFonts) {
        super(fonts);
        this.cs = cs;
        this.theme = theme;
        this.pdfFonts = pdfFonts;
    }



    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        run(() -> {
            fill(fill);
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.fill();
        });
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgba fill) {
        run(() -> {
            fill(fill);
            roundRect(x, y, w, h, arc);
            cs.fill();
        });
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgba stroke, double width,
                                double[] dash) {
        run(() -> {
            stroke(stroke, width, dash);
            roundRect(x, y, w, h, arc);
            cs.stroke();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba stroke, double width, double[] dash) {
        run(() -> {
            stroke(stroke, width, dash);
            cs.moveTo((float) x1, (float) y1);
            cs.lineTo((float) x2, (float) y2);
            cs.stroke();
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        run(() -> {
            fill(fill);
            polygon(xs, ys);
            cs.fill();
        });
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Rgba stroke, double width) {
        run(() -> {
            stroke(stroke, width, null);
            polygon(xs, ys);
            cs.stroke();
        });
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        if (text.isEmpty()) {
            return;
        }
        if (!fonts.plain(text)) {
            run(() -> mixedText(text, x, y, style, color));
            return;
        }
        FontSpec spec = theme.font(style);
        String drawable = drawable(text, fonts.font(style));
        run(() -> {
            fill(color);
            cs.beginText();
            cs.setFont(pdfFonts.of(spec), (float) spec.size());
            // The page is flipped (y down); flip the text back so it stands upright.
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) y));
            cs.showText(drawable);
            cs.endText();
        });
    }

    /**
     * Draws {@code text} in the content stream's own coordinates (points, y up), outside the
     * page transform, {@code size} points high in {@code style}'s faces: for sheet furniture such as
     * page numbers.
     *
     * @param alignRight true to end the text at {@code x} instead of starting it there
     */
    public void textAt(String text, TextStyle style, double size, double x, double y, Rgba color,
                       boolean alignRight) {
        double k = size / theme.font(style).size();
        double width = measure().width(text, style) * k;
        run(() -> {
            cs.saveGraphicsState();
            cs.transform(new Matrix((float) k, 0, 0, (float) -k, (float) (alignRight ? x - width : x), (float) y));
            forgetState();
        });
        text(text, 0, 0, style, color);
        run(cs::restoreGraphicsState);
        forgetState();
    }

    /**
     * Text with Chinese or Urdu: its runs in visual (bidi) order, each in its bundled face. Left-to-
     * right runs are written as text; right-to-left ones (Urdu) as the glyphs Java2D's shaping
     * chose (joined letters, placed marks), since PDF viewers do not shape, each run marked with
     * its words as /ActualText so it is still found and copied as written.
     */
    private void mixedText(String text, double x, double y, TextStyle style, Rgba color) throws IOException {
        java.text.Bidi bidi = new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        java.util.List<Piece> pieces = new java.util.ArrayList<>();
        for (int b = 0; b < bidi.getRunCount(); b++) {
            int bs = bidi.getRunStart(b);
            int be = bidi.getRunLimit(b);
            for (AwtFonts.Run r : fonts.runs(text, style)) {
                int start = Math.max(bs, r.start());
                int end = Math.min(be, r.end());
                if (start < end) {
                    pieces.add(new Piece(start, end, r.face(), r.font(), bidi.getRunLevel(b)));
                }
            }
        }
        Piece[] visual = pieces.toArray(new Piece[0]);
        byte[] levels = new byte[visual.length];
        for (int i = 0; i < visual.length; i++) {
            levels[i] = (byte) visual[i].level();
        }
        java.text.Bidi.reorderVisually(levels, 0, visual, 0, visual.length);
        fill(color);
        boolean bold = theme.font(style).bold();
        double cx = x;
        for (Piece p : visual) {
            String part = BidiText.strip(text.substring(p.start(), p.end()));
            if (part.isEmpty()) {
                continue;
            }
            PDType0Font pdf = pdfFonts.of(p.face());
            float size = p.font().getSize2D();
            cs.beginText();
            cs.setFont(pdf, size);
            boolean synthetic = bold && p.face() != BundledFace.LATIN_BOLD;
            if (synthetic) {
                // The Chinese and Urdu faces have no bold: a hairline outline thickens them.
                cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
                cs.setStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
                strokeColor = null;
                cs.setLineWidth(size / 30f);
                lineWidth = Double.NaN;
            }
            if (p.level() % 2 == 0 && p.face() != BundledFace.ARABIC) {
                cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) cx, (float) y));
                cs.showText(drawable(part, p.font()));
                cx += p.font().getStringBounds(part, AwtFonts.renderContext()).getWidth();
            } else {
                cx += shapedGlyphs(text, p, pdf, cx, y, part);
            }
            if (synthetic) {
                cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
            }
            cs.endText();
        }
    }

    /** Writes {@code p}'s shaped glyphs starting at {@code x}; returns their advance. */
    private double shapedGlyphs(String text, Piece p, PDType0Font pdf, double x, double y, String part)
            throws IOException {
        int flags = p.level() % 2 == 1 ? java.awt.Font.LAYOUT_RIGHT_TO_LEFT : java.awt.Font.LAYOUT_LEFT_TO_RIGHT;
        java.awt.font.GlyphVector gv = p.font().layoutGlyphVector(AwtFonts.renderContext(), text.toCharArray(),
                p.start(), p.end(), flags);
        org.apache.pdfbox.cos.COSDictionary actual = new org.apache.pdfbox.cos.COSDictionary();
        actual.setString(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT, part);
        cs.beginMarkedContent(org.apache.pdfbox.cos.COSName.getPDFName("Span"),
                org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList.create(actual));
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int i = 0; i < gv.getNumGlyphs(); i++) {
            int gid = gv.getGlyphCode(i);
            if (gid == 0xffff || gid == 0xfffe) {
                continue; // an invisible glyph Java2D leaves in place of a joiner
            }
            used.add(gid);
            java.awt.geom.Point2D at = gv.getGlyphPosition(i);
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) (x + at.getX()), (float) (y + at.getY())));
            StringBuilder hex = new StringBuilder("<");
            for (byte b : pdf.encodeGlyphId(gid)) {
                hex.append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
            }
            cs.appendRawCommands(hex.append("> Tj\n").toString());
        }
        pdf.addGlyphsToSubset(used);
        cs.endMarkedContent();
        return gv.getGlyphPosition(gv.getNumGlyphs()).getX();
    }

    /** Part of a line in one face and one bidi level. */
    private record Piece(int start, int end, BundledFace face, java.awt.Font font, int level) {
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        run(() -> {
            cs.saveGraphicsState();
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.clip();
        });
    }

    @Override
    public void popClip() {
        run(cs::restoreGraphicsState);
        // Restoring the graphics state also restores colours, alpha, line width and dashes.
        forgetState();
    }

    /** Forget what is set, after the caller restored the graphics state itself. */
    public void forgetState() {
        fillColor = null;
        strokeColor = null;
        alpha = Double.NaN;
        lineWidth = Double.NaN;
        dashSet = false;
    }

    /** {@code text} with every character the font cannot draw replaced by "?". */
    static String drawable(String text, Font font) {
        int bad = font.canDisplayUpTo(text);
        if (bad < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (font.canDisplay(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private void fill(Rgba c) throws IOException {
        alpha(c.alpha());
        if (!sameRgb(c, fillColor)) {
            cs.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
            fillColor = c;
        }
    }

    private void stroke(Rgba c, double width, double[] dash) throws IOException {
        alpha(c.alpha());
        if (!sameRgb(c, strokeColor)) {
            cs.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
            strokeColor = c;
        }
        if (width != lineWidth) {
            cs.setLineWidth((float) width);
            lineWidth = width;
        }
        if (!dashSet || !java.util.Arrays.equals(dash, dashes)) {
            float[] pattern = new float[dash == null ? 0 : dash.length];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = (float) dash[i];
            }
            cs.setLineDashPattern(pattern, 0);
            dashes = dash == null ? null : dash.clone();
            dashSet = true;
        }
    }

    /** One extended graphics state per alpha value, setting both stroking and non-stroking alpha. */
    private void alpha(double a) throws IOException {
        if (a == alpha) {
            return;
        }
        long key = Math.round(a * 1000);
        PDExtendedGraphicsState gs = alphaStates.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant(k / 1000f);
            s.setStrokingAlphaConstant(k / 1000f);
            return s;
        });
        cs.setGraphicsStateParameters(gs);
        alpha = a;
    }

    private static boolean sameRgb(Rgba a, Rgba b) {
        return b != null && a.red() == b.red() && a.green() == b.green() && a.blue() == b.blue();
    }

    private void polygon(double[] xs, double[] ys) throws IOException {
        cs.moveTo((float) xs[0], (float) ys[0]);
        for (int i = 1; i < xs.length; i++) {
            cs.lineTo((float) xs[i], (float) ys[i]);
        }
        cs.closePath();
    }

    /** A rounded rectangle as lines and Bézier quarter circles; {@code arc} is the corner's diameter. */
    private void roundRect(double x, double y, double w, double h, double arc) throws IOException {
        double r = Math.max(0, Math.min(arc / 2, Math.min(w, h) / 2));
        if (r == 0) {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        double k = r * KAPPA;
        double x1 = x + w;
        double y1 = y + h;
        cs.moveTo((float) (x + r), (float) y);
        cs.lineTo((float) (x1 - r), (float) y);
        cs.curveTo((float) (x1 - r + k), (float) y, (float) x1, (float) (y + r - k), (float) x1, (float) (y + r));
        cs.lineTo((float) x1, (float) (y1 - r));
        cs.curveTo((float) x1, (float) (y1 - r + k), (float) (x1 - r + k), (float) y1, (float) (x1 - r), (float) y1);
        cs.lineTo((float) (x + r), (float) y1);
        cs.curveTo((float) (x + r - k), (float) y1, (float) x, (float) (y1 - r + k), (float) x, (float) (y1 - r));
        cs.lineTo((float) x, (float) (y + r));
        cs.curveTo((float) x, (float) (y + r - k), (float) (x + r - k), (float) y, (float) (x + r), (float) y);
        cs.closePath();
    }

    @FunctionalInterface
    private interface PdfOp {
        void run() throws IOException;
    }

    private static void run(PdfOp op) {
        try {
            op.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
