package app.corridor.dataset;

import app.corridor.model.Utf8Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF. A bad
 * byte is an error with its place, never silently replaced.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The offset of the first byte of the first sequence that is not valid UTF-8, or -1 when all is valid. */
    public static int firstMalformed(byte[] b) {
        Scanner whole = new Scanner();
        whole.feed(b);
        whole.end();
        return (int) whole.firstMalformed();
    }

    /**
     * The same check fed a file piece by piece, as it is read: a sequence may be cut between two
     * pieces. {@link #firstMalformed()} is what {@link Utf8#firstMalformed(byte[])} gives for all
     * the pieces joined. Not thread-safe: one reader feeds it, in order.
     */
    static final class Scanner {
        /** The start of a sequence cut by the end of the last piece, and its bytes so far (at most 3). */
        private byte[] cut = new byte[0];
        private long cutAt;
        private long fed;
        private long malformed = -1;
        private int malformedByte;

        /** Checks the next piece of the file: all of {@code piece}. */
        void feed(byte[] piece) {
            if (malformed >= 0) {
                fed += piece.length;
                return;
            }
            int i = 0;
            if (cut.length > 0) {
                byte[] joined = Arrays.copyOf(cut, cut.length + Math.min(3, piece.length));
                System.arraycopy(piece, 0, joined, cut.length, joined.length - cut.length);
                int length = Utf8Bytes.sequenceLength(joined, 0);
                if (length == 0 && joined.length < 4 && joined.length > cut.length) {
                    // Still too short to tell (a piece of one or two bytes): wait for the next.
                    cut = joined;
                    fed += piece.length;
                    return;
                }
                if (length == 0) {
                    malformedAt(cutAt, cut[0]);
                    fed += piece.length;
                    return;
                }
                i = length - cut.length;
                cut = new byte[0];
            }
            while (i < piece.length) {
                if (Utf8Bytes.eightAscii(piece, i)) {
                    i += 8;
                    continue;
                }
                int length = Utf8Bytes.sequenceLength(piece, i);
                if (length == 0) {
                    if (piece.length - i < 4) {
                        // Perhaps a sequence the next piece completes.
                        cut = Arrays.copyOfRange(piece, i, piece.length);
                        cutAt = fed + i;
                        break;
                    }
                    malformedAt(fed + i, piece[i]);
                    break;
                }
                i += length;
            }
            fed += piece.length;
        }

        /** The file has ended: a sequence still cut is cut for good. */
        void end() {
            if (malformed < 0 && cut.length > 0) {
                malformedAt(cutAt, cut[0]);
            }
        }

        /** The offset of the first byte that is not UTF-8, or -1 when all fed is valid (call {@link #end} first). */
        long firstMalformed() {
            return malformed;
        }

        /** The byte at {@link #firstMalformed()}. */
        int malformedByte() {
            return malformedByte;
        }

        private void malformedAt(long offset, byte b) {
            malformed = offset;
            malformedByte = b & 0xFF;
        }
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
