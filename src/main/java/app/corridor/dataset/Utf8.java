package app.corridor.dataset;

import app.corridor.model.Utf8Bytes;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF. A bad
 * byte is an error with its place, never silently replaced.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The offset of the first byte of the first sequence that is not valid UTF-8, or -1 when all is valid. */
    public static int firstMalformed(byte[] b) {
        int i = 0;
        while (i < b.length) {
            if (Utf8Bytes.eightAscii(b, i)) {
                i += 8;
                continue;
            }
            int length = Utf8Bytes.sequenceLength(b, i);
            if (length == 0) {
                return i;
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
