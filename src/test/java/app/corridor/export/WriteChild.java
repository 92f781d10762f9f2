package app.corridor.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs in a child JVM for {@link ExportKillTest}: writes a file through {@link AtomicFileWriter}
 * and, half-way, writes a marker file and waits there to be killed.
 * Arguments: target file, marker file, {@code overwrite} or {@code new}.
 */
public final class WriteChild {

    private WriteChild() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        new AtomicFileWriter().write(target, args[2].equals("overwrite"), out -> {
            out.write(new byte[1 << 20]);
            out.flush();
            Files.writeString(marker, "half-way");
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.exit(3);
    }
}
