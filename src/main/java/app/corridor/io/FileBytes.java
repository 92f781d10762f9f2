package app.corridor.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whole files read into, and written from, byte arrays a piece at a time.
 *
 * <p>The JDK reads a file into a heap array ({@code Files.readAllBytes}, a file input stream's
 * {@code readNBytes}) and writes one out ({@code FileChannel.write} of a wrapped array) through a
 * native buffer as large as the array, which it then keeps for the thread. For the 107 MB dataset
 * file of 100,000 events that was 107 MB more resident memory, its pages faulted in, and the bytes
 * copied once more: reading the file took 0.8 s, and 0.32 s a MiB at a time (JDK 17 and 25 alike).
 * A piece at a time, the JDK reuses one native buffer of a piece's size.
 */
public final class FileBytes {

    /** The largest piece read or written at once, and so the native buffer the JDK keeps. */
    static final int PIECE = 1 << 20;

    /** The largest array the JVM makes (as the JDK's own readers assume). */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private FileBytes() {
    }

    /** Every byte of {@code file}, as {@code Files.readAllBytes} gives them, also when it grows while read. */
    public static byte[] read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size > MAX_ARRAY) {
                throw new OutOfMemoryError("Required array size too large");
            }
            return readToEnd(channel, new byte[(int) size], MAX_ARRAY);
        }
    }

    /**
     * Reads {@code channel} from its position into {@code into} (sized to what the file is expected to
     * hold), growing it when the file holds more, until the end or until more than {@code limit}
     * bytes are read: a result longer than {@code limit} means the file is (at least) that much
     * larger, the rest unread. Returns {@code into} itself when it came out exactly full.
     */
    public static byte[] readToEnd(FileChannel channel, byte[] into, long limit) throws IOException {
        byte[] bytes = into;
        int n = fill(channel, bytes, 0);
        while (n == bytes.length && n <= limit) {
            // Full: the end, or the file grew since it was measured.
            ByteBuffer one = ByteBuffer.allocate(1);
            if (channel.read(one) < 0) {
                return bytes;
            }
            if (n == MAX_ARRAY) {
                throw new OutOfMemoryError("Required array size too large");
            }
            long most = limit < MAX_ARRAY ? limit + 1 : MAX_ARRAY; // one past the limit tells it is passed
            bytes = Arrays.copyOf(bytes, (int) Math.min(most, Math.max(2L * n, (long) n + PIECE)));
            bytes[n++] = one.get(0);
            n = fill(channel, bytes, n);
        }
        return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
    }

    /** Reads into {@code bytes} from index {@code from} until it is full or the channel ends; returns the new length. */
    private static int fill(FileChannel channel, byte[] bytes, int from) throws IOException {
        int n = from;
        while (n < bytes.length) {
            int read = channel.read(ByteBuffer.wrap(bytes, n, Math.min(PIECE, bytes.length - n)));
            if (read < 0) {
                break;
            }
            n += read;
        }
        return n;
    }

    /** Writes {@code length} bytes of {@code bytes} from {@code offset} at the channel's position. */
    public static void write(FileChannel channel, byte[] bytes, int offset, int length) throws IOException {
        int end = offset + length;
        int at = offset;
        while (at < end) {
            ByteBuffer piece = ByteBuffer.wrap(bytes, at, Math.min(PIECE, end - at));
            while (piece.hasRemaining()) {
                channel.write(piece);
            }
            at = piece.position();
        }
    }

    /** Writes all of {@code bytes} at the channel's position. */
    public static void write(FileChannel channel, byte[] bytes) throws IOException {
        write(channel, bytes, 0, bytes.length);
    }
}
