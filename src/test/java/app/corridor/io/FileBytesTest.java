package app.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {

    /** A size that is no whole number of pieces. */
    private static final int SEVERAL_PIECES = 3 * FileBytes.PIECE + 12_345;

    @TempDir
    Path dir;

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void readsEveryByteOfAFileOfSeveralPieces() throws Exception {
        byte[] content = random(SEVERAL_PIECES);
        Path file = Files.write(dir.resolve("big.bin"), content);

        assertThat(FileBytes.read(file)).isEqualTo(content);
    }

    @Test
    void readsAnEmptyFile() throws Exception {
        Path file = Files.write(dir.resolve("empty.bin"), new byte[0]);

        assertThat(FileBytes.read(file)).isEmpty();
    }

    @Test
    void readsOnWhenTheFileHoldsMoreThanItWasMeasuredAt() throws Exception {
        byte[] content = random(SEVERAL_PIECES);
        Path file = Files.write(dir.resolve("grown.bin"), content);

        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(FileBytes.readToEnd(channel, new byte[1000], Long.MAX_VALUE)).isEqualTo(content);
        }
    }

    @Test
    void givesWhatIsThereWhenTheFileHoldsLessThanItWasMeasuredAt() throws Exception {
        byte[] content = random(5000);
        Path file = Files.write(dir.resolve("shrunk.bin"), content);

        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(FileBytes.readToEnd(channel, new byte[8000], Long.MAX_VALUE)).isEqualTo(content);
        }
    }

    @Test
    void stopsOneByteAfterTheLimitSoThatAGrownFileIsNotReadWhole() throws Exception {
        Path file = Files.write(dir.resolve("over.bin"), random(SEVERAL_PIECES));

        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(FileBytes.readToEnd(channel, new byte[1000], 2000)).hasSize(2001);
        }
    }

    @Test
    void aFileOfExactlyTheLimitIsReadWhole() throws Exception {
        byte[] content = random(2000);
        Path file = Files.write(dir.resolve("limit.bin"), content);

        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(FileBytes.readToEnd(channel, new byte[2000], 2000)).isEqualTo(content);
        }
    }

    @Test
    void writesTheGivenRangeOfSeveralPieces() throws Exception {
        byte[] content = random(SEVERAL_PIECES + 20);
        Path file = dir.resolve("written.bin");

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            FileBytes.write(channel, content, 7, SEVERAL_PIECES);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(Arrays.copyOfRange(content, 7, 7 + SEVERAL_PIECES));
    }

    /**
     * The reason for the class: reading or writing a large file leaves no native buffer of the
     * file's size behind (the JDK's own calls keep one for the thread that made them).
     */
    @Test
    void neitherReadingNorWritingALargeFileKeepsANativeBufferOfItsSize() throws Exception {
        byte[] content = random(24 * FileBytes.PIECE);
        Path file = Files.write(dir.resolve("large.bin"), content);
        Path copy = dir.resolve("copy.bin");

        // On a thread of its own, which has no native buffers cached yet; measured before it ends.
        long grew = CompletableFuture.supplyAsync(() -> {
            long before = directCapacity();
            try (FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                FileBytes.write(out, FileBytes.read(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return directCapacity() - before;
        }, task -> new Thread(task, "file-bytes-test").start()).get();

        assertThat(Files.readAllBytes(copy)).isEqualTo(content);
        // A piece or two, not the file's 24: the bound leaves room for what other threads of the JVM may take meanwhile.
        assertThat(grew).isLessThan(content.length / 4L);
    }

    private static long directCapacity() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getTotalCapacity)
                .sum();
    }
}
