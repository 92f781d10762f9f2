package app.corridor.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A file read as a stream in pieces, each shown to a watcher before the reader gets its bytes: the
 * parser reads the dataset from here while its digest ({@link FileDigest}) is taken of the same
 * pieces, so the file is never held whole. A piece is never changed after it is shown.
 */
final class PieceReader extends InputStream {

    /**
     * The bytes of one piece: small enough never to be a humongous object of the collector (half a
     * region of the smallest, 1 MiB), large enough that the watcher's work per piece is negligible.
     */
    static final int PIECE = 256 << 10;

    private final InputStream file;
    private final long maxBytes;
    private final Consumer<byte[]> watcher;
    private byte[] piece = new byte[0];
    private int at;
    private long total;
    private boolean ended;

    /**
     * @param file read to its end, not closed here
     * @param maxBytes a file that grows past this while read is refused ({@link RefusedFileException#tooLarge})
     * @param watcher shown each piece, in order; a last, shorter piece is exactly as long as what was read
     */
    PieceReader(InputStream file, long maxBytes, Consumer<byte[]> watcher) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.watcher = watcher;
    }

    @Override
    public int read() throws IOException {
        if (at == piece.length && !next()) {
            return -1;
        }
        return piece[at++] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (at == piece.length && !next()) {
            return -1;
        }
        int n = Math.min(length, piece.length - at);
        System.arraycopy(piece, at, into, offset, n);
        at += n;
        return n;
    }

    /** Reads what is left, so that the watcher has seen the whole file; returns the bytes read in all. */
    long drain() throws IOException {
        while (next()) {
            at = piece.length;
        }
        return total;
    }

    /** The bytes read so far, in all. */
    long total() {
        return total;
    }

    private boolean next() throws IOException {
        if (ended) {
            return false;
        }
        byte[] fresh = new byte[PIECE];
        int n = file.readNBytes(fresh, 0, PIECE);
        if (n < PIECE) {
            ended = true;
            if (n == 0) {
                return false;
            }
            fresh = Arrays.copyOf(fresh, n);
        }
        total += n;
        if (total > maxBytes) {
            ended = true;
            // It grew since it was measured, past the limit: the rest is not read.
            throw RefusedFileException.tooLarge(total, maxBytes);
        }
        watcher.accept(fresh);
        piece = fresh;
        at = 0;
        return true;
    }
}
