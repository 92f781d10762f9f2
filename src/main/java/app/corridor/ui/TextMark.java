package app.corridor.ui;

/**
 * A stretch of text to draw with a background mark: characters {@code [start, end)} of a text flow,
 * painted in the style class {@code styleClass} (a cited quote, another quote, a search match).
 */
record TextMark(int start, int end, String styleClass) {

    TextMark {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mark " + start + ".." + end);
        }
    }
}
