package app.corridor.model;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One source's full text kept as UTF-8, read by the UTF-16 offsets Java strings count in. A quote
 * is a span of its source ({@link Quote#spanOf}), so it keeps two offsets rather than a copy of its
 * words: at 100,000 generated events the quotes' own strings took 38 MB of a 177 MB heap.
 *
 * <p>Turning an offset into a byte offset needs the text walked once; that walk is done on the
 * first read of a span and keeps the byte offset of every {@value #STEP}th character, so a span
 * costs at most that many characters' walk plus its own decoding. Bytes that are not UTF-8 (a
 * damaged store) are decoded once instead, with replacement characters, as {@link String} does.
 */
public final class SourceText {

    private static final int STEP = 128;

    private final byte[] utf8;
    /** Its length in UTF-16 units when known without the index (-1 otherwise). */
    private final int knownLength;
    /** Built on first use; racing threads build equal indexes, and either one may be kept. */
    private volatile Index index;
    /** Another text found to hold the same bytes, last time two were compared (weakly: texts go with their datasets). */
    private volatile WeakReference<SourceText> knownSame;

    private SourceText(byte[] utf8, int knownLength) {
        this.utf8 = utf8;
        this.knownLength = knownLength;
    }

    /** The text of {@code utf8}, kept without copying: the caller hands the array over. */
    public static SourceText ofUtf8(byte[] utf8) {
        if (utf8 == null) {
            throw new NullPointerException("source text");
        }
        return new SourceText(utf8, -1);
    }

    public static SourceText of(String text) {
        return new SourceText(text.getBytes(StandardCharsets.UTF_8), text.length());
    }

    /**
     * {@code text}, given with its UTF-8 bytes as read (the caller hands the array over): what a
     * loader that decoded a file has at hand. Its quotes' places are then checked against its
     * length without walking the bytes first.
     */
    public static SourceText of(String text, byte[] utf8) {
        if (utf8 == null) {
            throw new NullPointerException("source text");
        }
        return new SourceText(utf8, text.length());
    }

    /**
     * Whether {@code other} holds the same text. A dataset checked anew and the one read from its
     * store hold equal texts in different objects, and comparing the two (as a property does before
     * telling its listeners) compared each quote by decoding its words from both: seconds at 100,000
     * events, on the UI thread. The bytes of a pair of texts are compared once and the answer kept.
     */
    boolean sameTextAs(SourceText other) {
        if (other == this) {
            return true;
        }
        WeakReference<SourceText> known = knownSame;
        if (known != null && known.get() == other) {
            return true;
        }
        if (!Arrays.equals(utf8, other.utf8)) {
            return false; // the same words may still be there as other bytes (not UTF-8): decoded, they may be equal
        }
        knownSame = new WeakReference<>(other);
        other.knownSame = new WeakReference<>(this);
        return true;
    }

    /** The whole text, decoded anew (as bytes that are not UTF-8 read in any case: no walk needed). */
    public String text() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Its length in UTF-16 code units, as {@link String#length()} would give. */
    public int length() {
        return knownLength >= 0 ? knownLength : index().length;
    }

    /** As {@code text().substring(start, end)}, decoding only about the span. */
    public String substring(int start, int end) {
        Index at = index();
        if (start < 0 || end > at.length || start > end) {
            throw new StringIndexOutOfBoundsException("begin " + start + ", end " + end + ", length " + at.length);
        }
        if (at.decoded != null) {
            return at.decoded.substring(start, end);
        }
        long from = at.boundaryAtOrBefore(utf8, start);
        long to = at.boundaryAtOrAfter(utf8, end);
        int fromUnit = unit(from);
        String decoded = new String(utf8, offset(from), offset(to) - offset(from), StandardCharsets.UTF_8);
        // A span that cuts a surrogate pair (never a located quote's) keeps the half, as substring does.
        return decoded.substring(start - fromUnit, end - fromUnit);
    }

    /**
     * The whole text as UTF-8, a copy: what a writer that stores UTF-8 takes without the text being
     * decoded and encoded again (bytes that are not UTF-8 are those of the text as decoded).
     */
    public byte[] utf8() {
        Index at = index();
        if (at.decoded != null) {
            return at.decoded.getBytes(StandardCharsets.UTF_8);
        }
        return utf8.clone();
    }

    /** As {@code substring(start, end)} encoded in UTF-8, copying the span's bytes without decoding them. */
    public byte[] spanUtf8(int start, int end) {
        Index at = index();
        if (at.decoded == null && start >= 0 && end <= at.length && start <= end) {
            long from = at.boundaryAtOrBefore(utf8, start);
            long to = at.boundaryAtOrAfter(utf8, end);
            if (unit(from) == start && unit(to) == end) {
                return Arrays.copyOfRange(utf8, offset(from), offset(to));
            }
        }
        // Not UTF-8, a span that cuts a surrogate pair (never a located quote's), or one outside the
        // text: as substring has it, or refuses it.
        return substring(start, end).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the span {@code start..end} is exactly these UTF-8 bytes. */
    public boolean spanEquals(int start, int end, byte[] words) {
        Index at = index();
        if (start < 0 || end > at.length || start > end) {
            return false;
        }
        if (at.decoded != null) {
            return at.decoded.substring(start, end).equals(new String(words, StandardCharsets.UTF_8));
        }
        long from = at.boundaryAtOrBefore(utf8, start);
        long to = at.boundaryAtOrAfter(utf8, end);
        return unit(from) == start && unit(to) == end
                && Arrays.equals(utf8, offset(from), offset(to), words, 0, words.length);
    }

    private Index index() {
        Index at = index;
        if (at == null) {
            at = Index.of(utf8);
            index = at;
        }
        return at;
    }

    /** A place in the text: its UTF-16 unit in the high half, its byte offset in the low. */
    private static long place(int unit, int offset) {
        return ((long) unit << 32) | (offset & 0xFFFFFFFFL);
    }

    private static int unit(long place) {
        return (int) (place >>> 32);
    }

    private static int offset(long place) {
        return (int) place;
    }

    /** Where every {@value #STEP}th character starts, or the decoded text when the bytes are not UTF-8. */
    private static final class Index {
        final int length;
        /** The first code point boundary found at or after unit k × STEP, as a {@link #place}; null for ASCII. */
        final long[] marks;
        final String decoded;

        private Index(int length, long[] marks, String decoded) {
            this.length = length;
            this.marks = marks;
            this.decoded = decoded;
        }

        static Index of(byte[] utf8) {
            long[] marks = new long[utf8.length / STEP + 2];
            int count = 0;
            int unit = 0;
            int i = 0;
            boolean ascii = true;
            while (i < utf8.length) {
                if (unit >= count * STEP) {
                    marks[count++] = place(unit, i);
                }
                // Most of a text is ASCII: eight bytes at a time (a mark may then fall a few units late).
                if (Utf8Bytes.eightAscii(utf8, i)) {
                    i += 8;
                    unit += 8;
                    continue;
                }
                int length = Utf8Bytes.sequenceLength(utf8, i);
                if (length == 0) {
                    String decoded = new String(utf8, StandardCharsets.UTF_8);
                    return new Index(decoded.length(), null, decoded);
                }
                ascii &= length == 1;
                unit += length == 4 ? 2 : 1;
                i += length;
            }
            return new Index(unit, ascii ? null : Arrays.copyOf(marks, count), null);
        }

        /** The last code point boundary at or before unit {@code target}. */
        long boundaryAtOrBefore(byte[] utf8, int target) {
            if (marks == null) {
                return place(target, target);
            }
            int k = Math.min(target / STEP, marks.length - 1);
            while (k > 0 && unit(marks[k]) > target) {
                k--;
            }
            int unit = unit(marks[k]);
            int offset = offset(marks[k]);
            while (unit < target) {
                // Eight ASCII bytes at a time where the target is that far, as the marks were made:
                // a store's build looks up both ends of every quote (0.13 s of 100,000 events' rows).
                if (target - unit >= 8 && Utf8Bytes.eightAscii(utf8, offset)) {
                    unit += 8;
                    offset += 8;
                    continue;
                }
                int length = Utf8Bytes.sequenceLength(utf8, offset);
                int units = length == 4 ? 2 : 1;
                if (unit + units > target) {
                    break;
                }
                unit += units;
                offset += length;
            }
            return place(unit, offset);
        }

        /** The first code point boundary at or after unit {@code target}. */
        long boundaryAtOrAfter(byte[] utf8, int target) {
            long at = boundaryAtOrBefore(utf8, target);
            if (unit(at) < target) {
                at = place(unit(at) + 2, offset(at) + 4); // inside a surrogate pair: past it
            }
            return at;
        }
    }
}
