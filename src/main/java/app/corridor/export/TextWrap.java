package app.corridor.export;

import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping with a {@link TextMeasure}: what the header and footer of a page need. */
final class TextWrap {

    private TextWrap() {
    }

    /**
     * {@code text} broken at spaces into lines no wider than {@code maxWidth}; a single word wider
     * than that (a long URL) is broken between characters, never cut. Empty text gives no lines.
     */
    static List<String> lines(String text, TextStyle style, double maxWidth, TextMeasure measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measure.width(candidate, style) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (measure.width(rest, style) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && measure.width(rest.substring(0, cut), style) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
