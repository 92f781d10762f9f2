package app.corridor.ui;

import java.util.Collection;
import javafx.scene.text.Text;

/**
 * The width of the widest of many strings, measured in a few layouts instead of one per string:
 * each string is first estimated as the sum of its characters' widths (each character measured
 * once), and only those estimated within a tenth of the widest are measured whole. A column of
 * 100,000 dates is fitted in milliseconds instead of seconds.
 */
final class WidestText {

    /** Estimates this close to the widest one are measured for real (kerning and shaping differ a little). */
    private static final double MARGIN = 0.9;

    private WidestText() {
    }

    /** The widest of {@code texts} as {@code probe} (its font set) lays it out; 0 for none. */
    static double width(Collection<String> texts, Text probe) {
        java.util.Map<Integer, Double> perChar = new java.util.HashMap<>();
        double[] ascii = new double[128];
        java.util.Arrays.fill(ascii, Double.NaN);
        String[] all = texts.toArray(String[]::new);
        double[] estimate = new double[all.length];
        double best = 0;
        for (int i = 0; i < all.length; i++) {
            String text = all[i];
            double sum = 0;
            for (int k = 0; k < text.length(); ) {
                int cp = text.codePointAt(k);
                k += Character.charCount(cp);
                double w = cp < 128 ? ascii[cp] : perChar.getOrDefault(cp, Double.NaN);
                if (Double.isNaN(w)) {
                    probe.setText(new String(Character.toChars(cp)));
                    w = probe.getLayoutBounds().getWidth();
                    if (cp < 128) {
                        ascii[cp] = w;
                    } else {
                        perChar.put(cp, w);
                    }
                }
                sum += w;
            }
            estimate[i] = sum;
            best = Math.max(best, sum);
        }
        double widest = 0;
        for (int i = 0; i < all.length; i++) {
            if (estimate[i] >= best * MARGIN) {
                probe.setText(all[i]);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
        }
        return widest;
    }
}
