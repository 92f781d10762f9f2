package app.corridor.model;

import java.util.Arrays;

/**
 * The lines of a source text, numbered from 1 as editors number them: a line ends at {@code \n},
 * {@code \r\n} or a lone {@code \r}. The one place that says what "Line 11" of a source means, so
 * the quote card's citation and the source viewer's line numbers always agree.
 */
public final class TextLines {

    private final int length;
    /** Offset of the first character of each line. */
    private final int[] starts;
    /** Offset just past each line's last character, before its line break. */
    private final int[] ends;

    private TextLines(int length, int[] starts, int[] ends) {
        this.length = length;
        this.starts = starts;
        this.ends = ends;
    }

    /** Splits {@code text} into lines in one pass. */
    public static TextLines of(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = lineStart;
                ends[count] = i;
                count++;
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                lineStart = i;
            } else {
                i++;
            }
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count + 1);
            ends = Arrays.copyOf(ends, count + 1);
        }
        starts[count] = lineStart;
        ends[count] = text.length();
        count++;
        return new TextLines(text.length(), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** How many lines: one more than the line breaks (an empty text has one empty line). */
    public int count() {
        return starts.length;
    }

    /** The 1-based line that holds character {@code offset} (an offset on a line break belongs to its line). */
    public int lineOf(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
        }
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Offset of the first character of 1-based {@code line}. */
    public int start(int line) {
        return starts[line - 1];
    }

    /** Offset just past the last character of 1-based {@code line}, its line break excluded. */
    public int end(int line) {
        return ends[line - 1];
    }
}
