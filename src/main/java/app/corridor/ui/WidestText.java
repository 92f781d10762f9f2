package app.corridor.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Text;

/**
 * The width of the widest of many strings, measured in a few layouts instead of one per string:
 * each string is first estimated as the sum of its characters' widths (each character measured
 * once), and only those estimated within a tenth of the widest are measured whole, widest first
 * and until the widest measured is a tenth beyond the next estimate. A column with a widest width
 * allowed stops at the first string that reaches it.
 */
final class WidestText {

    /** Estimates this close to the widest one are measured for real (kerning and shaping differ a little). */
    private static final double MARGIN = 0.9;

    private WidestText() {
    }

    /** The widest of {@code texts} as {@code probe} (its font set) lays it out; 0 for none. */
    static double width(Iterable<String> texts, Text probe) {
        return width(texts, probe, Double.POSITIVE_INFINITY);
    }

    /**
     * The widest of {@code texts} as {@code probe} lays it out, or the width of the first one found
     * at least {@code enough} wide: the strings are read only until then, so a capped column of
     * 100,000 rows whose first rows already fill it costs a few rows, not every one.
     */
    static double width(Iterable<String> texts, Text probe, double enough) {
        Map<Integer, Double> perChar = new HashMap<>();
        double[] ascii = new double[128];
        Arrays.fill(ascii, Double.NaN);
        List<String> candidates = new ArrayList<>();
        List<Double> estimates = new ArrayList<>();
        double best = 0;
        for (String text : texts) {
            double sum = 0;
            for (int k = 0; k < text.length(); ) {
                int cp = text.codePointAt(k);
                k += Character.charCount(cp);
                double w = cp < 128 ? ascii[cp] : perChar.getOrDefault(cp, Double.NaN);
                if (Double.isNaN(w)) {
                    w = measure(probe, new String(Character.toChars(cp)));
                    if (cp < 128) {
                        ascii[cp] = w;
                    } else {
                        perChar.put(cp, w);
                    }
                }
                sum += w;
            }
            if (sum >= enough * MARGIN) {
                double real = measure(probe, text);
                if (real >= enough) {
                    return real;
                }
            }
            if (sum >= best * MARGIN) {
                candidates.add(text);
                estimates.add(sum);
            }
            best = Math.max(best, sum);
        }
        // Widest estimate first; one estimated a tenth below the widest measured cannot be wider. Dates
        // are estimated within a tenth of each other by the thousand, and most need no layout.
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(estimates.get(b), estimates.get(a)));
        double widest = 0;
        for (int i : order) {
            double estimate = estimates.get(i);
            if (estimate < best * MARGIN || estimate < widest * MARGIN) {
                break;
            }
            widest = Math.max(widest, measure(probe, candidates.get(i)));
        }
        return widest;
    }

    private static double measure(Text probe, String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
