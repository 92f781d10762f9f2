package app.corridor.dataset;

import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * What the loader learns of a file's bytes as they are read ({@link PieceReader}): their CRC-32C,
 * their SHA-256 when asked for, and the first byte that is not UTF-8. Taken on a thread of its own,
 * beside the parser, piece by piece in order; {@link #finish} waits for the last piece.
 */
final class FileDigest {

    /** The digest of a whole file; {@code sha256} null when not asked for, {@code malformedAt} -1 when all is UTF-8. */
    record Result(long crc32c, String sha256, long malformedAt, int malformedByte) {
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "corridor-file-digest");
        t.setDaemon(true);
        return t;
    });
    /**
     * Pieces given and not yet taken, at most 64 (16 MiB): should the digest fall behind the parser
     * (SHA-256 without the optimising compiler's intrinsics is slow), the reader waits rather than
     * the pieces piling up into the whole file again.
     */
    private final Semaphore inFlight = new Semaphore(64);
    private final CRC32C crc = new CRC32C();
    private final MessageDigest sha256;
    private final Utf8.Scanner utf8 = new Utf8.Scanner();
    private long length;

    FileDigest(boolean sha256) {
        this.sha256 = sha256 ? Hashing.sha256() : null;
    }

    /** Takes the next piece into the digest, soon, on the digest's thread. */
    void accept(byte[] piece) {
        inFlight.acquireUninterruptibly();
        thread.execute(() -> {
            crc.update(piece);
            if (sha256 != null) {
                sha256.update(piece);
            }
            utf8.feed(piece);
            length += piece.length;
            inFlight.release();
        });
    }

    /** The digest of every piece given, once the last is taken; the thread ends. */
    Result finish() {
        thread.execute(utf8::end);
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true; // the digest is short work: finish it, and pass the interrupt on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        // The executor's termination orders the thread's writes before these reads.
        return new Result(Hashing.crc32c(crc, length), sha256 == null ? null : Hashing.hex(sha256.digest()),
                utf8.firstMalformed(), utf8.malformedByte());
    }
}
