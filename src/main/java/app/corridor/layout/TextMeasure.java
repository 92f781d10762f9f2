package app.corridor.layout;

/**
 * Widths of text, as the surface that will draw it measures them: the layout needs them so
 * labels never overlap, and only the drawing side knows its fonts.
 */
@FunctionalInterface
public interface TextMeasure {

    /** The advance width of {@code text} in {@code style}, in pixels. */
    double width(String text, TextStyle style);

    /**
     * {@code text} cut at a word or character boundary with an ellipsis so it fits {@code maxWidth};
     * the text itself if it fits; "" if not even the ellipsis fits.
     */
    default String fit(String text, TextStyle style, double maxWidth) {
        if (width(text, style) <= maxWidth) {
            return text;
        }
        String ellipsis = "\u2026";
        if (width(ellipsis, style) > maxWidth) {
            return "";
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid).stripTrailing() + ellipsis, style) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + ellipsis;
    }
}
