package app.corridor.model;

import java.util.Objects;

/**
 * Verbatim words from a source, with their place in it.
 *
 * @param start offset of the first character in the source text (UTF-16 code units, as Java strings count)
 * @param end   offset just past the last character; {@code text} equals {@code sourceText.substring(start, end)}
 */
public record Quote(String sourceId, String text, int start, int end) {
    public Quote {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span " + start + ".." + end);
        }
    }
}
