package app.corridor.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 (RFC 3629) read a sequence at a time: no overlong forms, no encoded surrogates,
 * nothing above U+10FFFF, as the JDK's decoder rules. Shared by the dataset's UTF-8 check and the
 * walk that places a source's characters ({@link SourceText}).
 */
public final class Utf8Bytes {

    /** Eight bytes of an array at once: a run of ASCII (most of any text here) is passed eight at a time. */
    private static final VarHandle EIGHT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Bytes() {
    }

    /** Whether the eight bytes from {@code i} are all there and all ASCII. */
    public static boolean eightAscii(byte[] b, int i) {
        return i + 8 <= b.length && ((long) EIGHT.get(b, i) & HIGH_BITS) == 0;
    }

    /** The bytes of the sequence that starts at {@code i}, or 0 when the bytes there are not UTF-8. */
    public static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80; // shorter forms are overlong
            high = lead == 0xED ? 0x9F : 0xBF; // U+D800..U+DFFF are surrogates, not characters
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
        } else {
            return 0;
        }
        if (i + length > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }
}
