package app.corridor.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Verbatim words from a source, with their place in it. A quote located in a source it belongs to
 * ({@link #spanOf}) keeps only that place and reads its words from the source's text when asked:
 * the words are that span by definition, and a copy of them per quote was the largest part of the
 * heap at 100,000 events. A quote made from words already at hand ({@link #Quote}) keeps those.
 * It behaves as the record it was: two quotes are equal when their source, words and place are.
 */
public final class Quote {

    private final String sourceId;
    /** The words as a {@link String}, or the {@link SourceText} they are the span {@code start..end} of. */
    private final Object words;
    private final int start;
    private final int end;

    /**
     * @param start offset of the first character in the source text (UTF-16 code units, as Java strings count)
     * @param end   offset just past the last character; {@code text} equals {@code sourceText.substring(start, end)}
     */
    public Quote(String sourceId, String text, int start, int end) {
        this(sourceId, (Object) Objects.requireNonNull(text, "text"), start, end);
    }

    private Quote(String sourceId, Object words, int start, int end) {
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span " + start + ".." + end);
        }
        this.words = words;
        this.start = start;
        this.end = end;
    }

    /** The words {@code start..end} of {@code source}, the text of source {@code sourceId}. */
    public static Quote spanOf(String sourceId, SourceText source, int start, int end) {
        Objects.requireNonNull(source, "source");
        if (end > source.length()) {
            throw new IllegalArgumentException("bad quote span " + start + ".." + end
                    + " in a text of " + source.length() + " characters");
        }
        return new Quote(sourceId, source, start, end);
    }

    public String sourceId() {
        return sourceId;
    }

    /** The words; a quote that is a span of its source decodes them anew each time. */
    public String text() {
        return words instanceof SourceText source ? source.substring(start, end) : (String) words;
    }

    /** The words as UTF-8; a span of its source copies its bytes without decoding them. */
    public byte[] utf8() {
        return words instanceof SourceText source ? source.spanUtf8(start, end)
                : ((String) words).getBytes(StandardCharsets.UTF_8);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Quote q && start == q.start && end == q.end && sourceId.equals(q.sourceId)
                && (words == q.words || spansOfTheSameText(q) || text().equals(q.text()));
    }

    /** Both spans of texts that hold the same words: the same place then holds the same words. */
    private boolean spansOfTheSameText(Quote q) {
        return words instanceof SourceText mine && q.words instanceof SourceText theirs && mine.sameTextAs(theirs);
    }

    /** From the place only, so that hashing a quote never decodes it; equal quotes share their place. */
    @Override
    public int hashCode() {
        return Objects.hash(sourceId, start, end);
    }

    @Override
    public String toString() {
        return "Quote[sourceId=" + sourceId + ", text=" + text() + ", start=" + start + ", end=" + end + "]";
    }
}
