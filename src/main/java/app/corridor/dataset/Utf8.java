package app.corridor.dataset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF. A bad
 * byte is an error with its place, never silently replaced.
 */
final class Utf8 {

    /** Eight bytes of an array at once: a run of ASCII (most of any dataset file) is passed eight at a time. */
    private static final VarHandle EIGHT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /** The offset of the first byte of the first sequence that is not valid UTF-8, or -1 when all is valid. */
    static int firstMalformed(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            while (i + 8 <= n && ((long) EIGHT.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i >= n) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int length;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                if (c == 0xE0) {
                    min2 = 0xA0; // shorter forms are overlong
                } else if (c == 0xED) {
                    max2 = 0x9F; // U+D800..U+DFFF are surrogates, not characters
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                if (c == 0xF0) {
                    min2 = 0x90;
                } else if (c == 0xF4) {
                    max2 = 0x8F; // above U+10FFFF
                }
            } else {
                return i;
            }
            if (i + length > n) {
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < min2 || second > max2) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    /** Decodes bytes {@link #firstMalformed} found valid. */
    static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** "the byte 0xE9 at line 3, column 7 is not valid UTF-8": for a message about another file. */
    static String describeBadByte(byte[] bytes, int offset) {
        TextPosition at = new LineIndex(bytes).at(offset);
        return String.format(java.util.Locale.ROOT, "the byte 0x%02X at line %d, column %d is not valid UTF-8",
                bytes[offset] & 0xFF, at.line(), at.column());
    }
}
