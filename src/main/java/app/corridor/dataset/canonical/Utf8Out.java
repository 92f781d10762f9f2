package app.corridor.dataset.canonical;

import java.util.Arrays;

/**
 * Text written straight into one growing array as UTF-8. The canonical form of a 100,000-event
 * document went through a StringBuilder (two bytes a character once one is outside Latin-1, copied
 * at each doubling), then a String, then its bytes: several times the file's size at once, where
 * this holds about the file's size.
 *
 * <p>A surrogate pair is written as the one character it encodes; a lone surrogate cannot be
 * written as UTF-8, and the canonical writer escapes it before it gets here.
 */
final class Utf8Out {

    private byte[] bytes;
    private int size;
    /** The high surrogate appended last, waiting for its low one; 0 when none. */
    private char high;

    /** @param expected about how many bytes will be written (the array grows past it when needed) */
    Utf8Out(int expected) {
        bytes = new byte[Math.max(16, expected)];
    }

    Utf8Out append(String s) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
        return this;
    }

    Utf8Out append(char c) {
        if (c < 0x80 && high == 0) {
            room(1);
            bytes[size++] = (byte) c;
        } else if (Character.isHighSurrogate(c)) {
            requireNoPending(c);
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            if (high == 0) {
                throw new IllegalArgumentException("a lone low surrogate U+" + Integer.toHexString(c));
            }
            int cp = Character.toCodePoint(high, c);
            high = 0;
            room(4);
            bytes[size++] = (byte) (0xF0 | cp >>> 18);
            bytes[size++] = (byte) (0x80 | cp >>> 12 & 0x3F);
            bytes[size++] = (byte) (0x80 | cp >>> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | cp & 0x3F);
        } else {
            requireNoPending(c);
            room(3);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >>> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else {
                bytes[size++] = (byte) (0xE0 | c >>> 12);
                bytes[size++] = (byte) (0x80 | c >>> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    /** The bytes written, in an array of their own size. */
    byte[] toByteArray() {
        requireNoPending('\0');
        return bytes.length == size ? bytes : Arrays.copyOf(bytes, size);
    }

    private void requireNoPending(char next) {
        if (high != 0) {
            throw new IllegalArgumentException("a lone high surrogate U+" + Integer.toHexString(high)
                    + (next == 0 ? " at the end" : " before U+" + Integer.toHexString(next)));
        }
    }

    private void room(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length + (bytes.length >> 1)));
        }
    }
}
