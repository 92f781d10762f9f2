package app.corridor.ui.timeline;

import app.corridor.render.BundledFace;
import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import app.corridor.render.FontSpec;
import app.corridor.render.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A theme's fonts as JavaFX fonts (the bundled DejaVu faces, so the screen measures text as the
 * exports do), with a cache of measured widths: layout asks for the same labels every frame.
 * Public only for {@link #preload}.
 */
public final class FxFonts {

    private static final Map<String, Boolean> LOADED = new HashMap<>();
    private static final int MAX_CACHED_WIDTHS = 50_000;

    private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);
    private final Map<TextStyle, Double> baselines = new EnumMap<>(TextStyle.class);
    private final Map<TextStyle, Font> arabic = new EnumMap<>(TextStyle.class);
    private final Map<TextStyle, Font> cjk = new EnumMap<>(TextStyle.class);
    /** Loaded by the app at start (see {@code NativeName.loadFonts}). */
    private static final String NASKH_FAMILY = BundledFace.ARABIC.family();
    /**
     * Per style (no key string built per lookup: painting asks for every label of every frame).
     * Bounded: zooming shortens labels to ever new lengths, and each is measured once.
     */
    private final Map<TextStyle, Map<String, Double>> widths = new EnumMap<>(TextStyle.class);
    private final Text probe = new Text();

    FxFonts(Theme theme) {
        theme.fonts().forEach((style, spec) -> {
            ensureLoaded(spec);
            Font font = Font.font(spec.family(), spec.bold() ? FontWeight.BOLD : FontWeight.NORMAL, spec.size());
            fonts.put(style, font);
            probe.setFont(font);
            probe.setText("Hg");
            // Text's layout bounds start at the top of the line; baselineOffset is from that top.
            double top = probe.getLayoutBounds().getMinY();
            double height = probe.getLayoutBounds().getHeight();
            baselines.put(style, -top - height / 2);
        });
    }

    /**
     * Reads the bundled faces the timeline draws with, which the first paint would otherwise read
     * on the UI thread. Call it off the UI thread. It is here, not on {@code TimelineView}, because
     * loading a control class before the app sets its theme makes JavaFX load its own default theme.
     */
    public static void preload() {
        Theme.light().fonts().values().forEach(FxFonts::ensureLoaded);
    }

    /** Loads a bundled face once per process, so {@code Font.font(family)} finds it. */
    private static synchronized void ensureLoaded(FontSpec spec) {
        LOADED.computeIfAbsent(spec.resource(), resource -> {
            try (InputStream in = FxFonts.class.getResourceAsStream(resource)) {
                return in != null && Font.loadFont(in, spec.size()) != null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    Font font(TextStyle style) {
        return fonts.get(style);
    }

    /**
     * The font to draw {@code text} in: the style's, or for Arabic script (Urdu names) the bundled
     * Corridor Naskh at the same size, since the usual fallbacks lack letters such as ہ and break the
     * joining of the whole word. Chinese falls back to the system's CJK font on its own.
     */
    Font font(TextStyle style, String text) {
        Font base = fonts.get(style);
        if (hasArabic(text)) {
            return arabic.computeIfAbsent(style, s -> Font.font(NASKH_FAMILY, base.getSize() + 1));
        }
        // Chinese in the bundled Noto Sans CJK SC (it has Latin too), so it shows without system CJK fonts.
        return hasHan(text) ? cjk.computeIfAbsent(style, s -> Font.font(BundledFace.CJK.family(),
                FontWeight.findByName(base.getStyle().contains("Bold") ? "BOLD" : "NORMAL"), base.getSize())) : base;
    }

    /** Han, CJK punctuation and full-width forms. */
    private static final char[] HAN = {'\u3000', '\u9fff', '\uff00', '\uffef'};
    /** Arabic and its presentation forms. */
    private static final char[] ARABIC = {'\u0600', '\u06ff', '\ufb50', '\ufeff'};

    static boolean hasHan(String text) {
        return hasAny(text, HAN);
    }

    static boolean hasArabic(String text) {
        return hasAny(text, ARABIC);
    }

    /** True when a character of {@code text} lies in one of the ranges (pairs of first and last). */
    private static boolean hasAny(String text, char[] ranges) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            for (int r = 0; r < ranges.length; r += 2) {
                if (c >= ranges[r] && c <= ranges[r + 1]) {
                    return true;
                }
            }
        }
        return false;
    }

    double baselineOffset(TextStyle style) {
        return baselines.get(style);
    }

    /** The width of {@code text} in {@code font} (not cached: for the runs of a bidi line). */
    double width(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    TextMeasure measure() {
        return measure;
    }

    private final TextMeasure measure = (text, style) -> {
        double simple = simpleWidth(text, style);
        return !Double.isNaN(simple) ? simple : widthsOf(style).computeIfAbsent(text, key -> {
            probe.setFont(font(style, key));
            probe.setText(key);
            return probe.getLayoutBounds().getWidth();
        });
    };

    /**
     * Latin text (letters, digits, the usual punctuation) is laid out glyph after glyph, with no
     * kerning, ligature or shaping: its width is the sum of its characters' advances, added as the
     * text layout adds them (in float). Each character is measured once per style; a title is then
     * a sum instead of a layout, about five times faster, which 100,000 titles notice. Anything
     * else (other scripts, combining marks, controls) is measured whole.
     */
    private double simpleWidth(String text, TextStyle style) {
        float[] advances = simpleAdvances.computeIfAbsent(style, s -> {
            float[] table = new float[SIMPLE_LIMIT];
            java.util.Arrays.fill(table, Float.NaN);
            return table;
        });
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSimple(c)) {
                return Double.NaN;
            }
            float advance = advances[c];
            if (Float.isNaN(advance)) {
                probe.setFont(fonts.get(style));
                probe.setText(String.valueOf(c));
                advance = (float) probe.getLayoutBounds().getWidth();
                advances[c] = advance;
            }
            width += advance;
        }
        return width;
    }

    /** Characters below this may be summed: Latin (to Latin Extended-B) and general punctuation. */
    private static final int SIMPLE_LIMIT = 0x205f;
    private final Map<TextStyle, float[]> simpleAdvances = new EnumMap<>(TextStyle.class);

    /**
     * A character laid out on its own advance: printable Latin, or a dash, quote, ellipsis or other
     * general punctuation; not a combining mark, a control, a soft hyphen, a zero-width or
     * direction mark, or a line separator.
     */
    static boolean isSimple(char c) {
        return c >= 0x20 && c < 0x7f || c >= 0xa0 && c < 0x250 && c != 0xad
                || c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c < SIMPLE_LIMIT;
    }

    private Map<String, Double> widthsOf(TextStyle style) {
        return widths.computeIfAbsent(style, s -> new java.util.LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
                return size() > MAX_CACHED_WIDTHS;
            }
        });
    }
}
