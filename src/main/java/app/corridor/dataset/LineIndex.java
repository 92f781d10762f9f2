package app.corridor.dataset;

import java.util.Arrays;

/**
 * Turns byte offsets in UTF-8 text into line and column. The line starts are found on first use
 * (one pass), so locating many problems costs a binary search each, not a scan of the file each.
 */
final class LineIndex {

    private final byte[] bytes;
    private int[] lineStarts;

    LineIndex(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The line and column of the byte at {@code offset} (the bytes before it must be valid UTF-8). */
    TextPosition at(long offset) {
        int end = (int) Math.max(0, Math.min(offset, bytes.length));
        int[] starts = lineStarts();
        int line = Arrays.binarySearch(starts, end);
        if (line < 0) {
            line = -line - 2;
        }
        int column = 1;
        for (int i = starts[line]; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80 || (b >= 0xC0 && b < 0xF0)) {
                column++; // one UTF-16 unit per sequence start below U+10000
            } else if (b >= 0xF0) {
                column += 2; // a surrogate pair
            }
        }
        return new TextPosition(line + 1, column);
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (byte b : bytes) {
                if (b == '\n') {
                    count++;
                }
            }
            int[] starts = new int[count];
            int k = 1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    starts[k++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }
}
