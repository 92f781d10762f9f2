package app.corridor.render;

import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled fonts as Java2D fonts, and text measured with them: what the PNG, SVG and PDF exports
 * draw and lay out with. Loading a font file is slow, so faces are loaded once per process.
 *
 * <p>Text in one script Latin alone draws in DejaVu Sans as it always has. Text with Chinese or
 * Urdu is split into runs, each in the bundled face for its script ({@link BundledFace}), and laid
 * out as one line by Java2D's {@link TextLayout}: the Unicode bidirectional algorithm orders
 * right-to-left runs, and Urdu letters are joined (shaped) as they should be.
 */
public final class AwtFonts {

    private static final Map<String, Font> FACES = new ConcurrentHashMap<>();
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);
    /** Naskh sits small beside Latin at the same size: a little larger reads as the same size. */
    static final double ARABIC_SCALE = 1.1;

    /** A stretch of text in one face: characters {@code [start, end)}. */
    public record Run(int start, int end, BundledFace face, Font font) {
    }

    private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);
    private final Map<TextStyle, FontSpec> specs = new EnumMap<>(TextStyle.class);
    private final Map<TextStyle, Map<BundledFace, Font>> others = new EnumMap<>(TextStyle.class);

    public AwtFonts(Theme theme) {
        theme.fonts().forEach((style, spec) -> {
            fonts.put(style, face(spec.resource()).deriveFont((float) spec.size()));
            specs.put(style, spec);
            others.put(style, new EnumMap<>(BundledFace.class));
        });
    }

    /** The regular or bold bundled Latin face at size 1. */
    static Font face(FontSpec spec) {
        return face(spec.resource());
    }

    /** A bundled face at size 1. */
    static Font face(String resource) {
        return FACES.computeIfAbsent(resource, r -> {
            try (InputStream in = AwtFonts.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + r);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font unreadable: " + r, e);
            }
        });
    }

    /** The Latin (DejaVu) font of {@code style}. */
    public Font font(TextStyle style) {
        return fonts.get(style);
    }

    /** The font of {@code style} in {@code face}: the same size (Naskh a little larger), the same weight. */
    public Font font(TextStyle style, BundledFace face) {
        if (face == BundledFace.LATIN || face == BundledFace.LATIN_BOLD) {
            return fonts.get(style);
        }
        return others.get(style).computeIfAbsent(face, f -> {
            FontSpec spec = specs.get(style);
            double size = f == BundledFace.ARABIC ? spec.size() * ARABIC_SCALE : spec.size();
            // Neither face has a bold: Java2D emboldens it, as a heading's Latin letters are bold.
            return face(f.resource()).deriveFont(spec.bold() ? Font.BOLD : Font.PLAIN, (float) size);
        });
    }

    /** The bundled face of {@code style}'s Latin text. */
    BundledFace latinFace(TextStyle style) {
        return specs.get(style).bold() ? BundledFace.LATIN_BOLD : BundledFace.LATIN;
    }

    /**
     * True when {@code text} is drawn by the Latin face alone, left to right: no Chinese, no Urdu,
     * nothing the Latin face lacks. Such text is measured and drawn as it always was.
     */
    public boolean plain(String text) {
        Font latin = fonts.get(TextStyle.LABEL);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x0590) {
                continue;
            }
            BundledFace face = BundledFace.forScript(cp);
            if (face != null && face != BundledFace.LATIN || !latin.canDisplay(cp)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text} split into runs of one face each, in logical order: each character in its
     * script's face when that face has it, marks and neutrals with the run they stand in.
     */
    public List<Run> runs(String text, TextStyle style) {
        List<Run> runs = new ArrayList<>();
        BundledFace current = null;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            BundledFace face = faceOf(cp, current, style);
            if (current != null && face != current) {
                runs.add(new Run(start, i, current, font(style, current)));
                start = i;
            }
            current = face;
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new Run(start, text.length(), current, font(style, current)));
        }
        return runs;
    }

    private BundledFace faceOf(int cp, BundledFace current, TextStyle style) {
        BundledFace wanted = BundledFace.forScript(cp);
        if (wanted == null) {
            // A neutral: with the run it stands in when that face has it, else Latin.
            wanted = current != null && font(style, current).canDisplay(cp) ? current : latinFace(style);
        } else if (wanted == BundledFace.LATIN) {
            wanted = latinFace(style);
        }
        if (font(style, wanted).canDisplay(cp)) {
            return wanted;
        }
        for (BundledFace other : new BundledFace[] {latinFace(style), BundledFace.CJK, BundledFace.ARABIC}) {
            if (font(style, other).canDisplay(cp)) {
                return other;
            }
        }
        return latinFace(style);
    }

    /** {@code text} laid out as one line, each run in its face, in bidi order. */
    public TextLayout layout(String text, TextStyle style) {
        AttributedString s = new AttributedString(text);
        for (Run r : runs(text, style)) {
            s.addAttribute(TextAttribute.FONT, r.font(), r.start(), r.end());
        }
        return new TextLayout(s.getIterator(), FRC);
    }

    /** True when {@code text} has right-to-left runs: the bidi algorithm reorders it. */
    public static boolean bidi(String text) {
        return Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    public TextMeasure measure() {
        return (text, style) -> text.isEmpty() ? 0 : plain(text)
                ? fonts.get(style).getStringBounds(text, FRC).getWidth()
                : layout(text, style).getAdvance();
    }

    /** The context text is measured in: antialiased, fractional metrics. */
    static FontRenderContext renderContext() {
        return FRC;
    }

    /** Distance from the middle of a line to its baseline: half of ascent minus descent. */
    public double baselineOffset(TextStyle style) {
        var metrics = fonts.get(style).getLineMetrics("Hg", FRC);
        return (metrics.getAscent() - metrics.getDescent()) / 2;
    }
}
