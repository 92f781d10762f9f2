package app.corridor.curate;

import app.corridor.io.FileBytes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The recovery file beside a dataset being edited ({@code .events.json.journal}): one JSON line
 * per edit, undo and redo since the last save, each forced to disk before the next, so a crash or
 * a killed process loses at most the edit being written. Its first line names the version of the
 * dataset file the edits apply to (its SHA-256). Writing happens on a thread of its own, so an edit
 * never waits for the disk; {@link #flush} waits for it. Saving or discarding removes the file.
 */
final class Journal implements AutoCloseable {

    /** First line: which file, and which version of it, the entries change. */
    record Header(int journal, String file, String base) {
    }

    /** One step: its words for the user and what it changed. */
    record Entry(String label, Change change) {
    }

    /**
     * A journal as found on disk.
     *
     * @param tornTail true when its last line was cut short (the process died while writing it)
     */
    record Contents(Header header, List<Entry> entries, boolean tornTail) {
    }

    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final String datasetName;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "corridor-journal");
        t.setDaemon(true);
        return t;
    });
    private Future<?> last;
    private FileChannel channel;
    private volatile IOException failure;

    Journal(Path datasetFile) {
        this.file = pathFor(datasetFile);
        this.datasetName = datasetFile.getFileName().toString();
    }

    /** {@code .NAME.journal} in the dataset file's folder. */
    static Path pathFor(Path datasetFile) {
        Path absolute = datasetFile.toAbsolutePath();
        return absolute.getParent().resolve("." + absolute.getFileName() + ".journal");
    }

    Path file() {
        return file;
    }

    /** The journal left beside {@code datasetFile} by an earlier session, if any. */
    static Optional<Contents> read(Path datasetFile) throws IOException {
        Path path = pathFor(datasetFile);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        Header header;
        try {
            header = JSON.readValue(lines[0], Header.class);
        } catch (JsonProcessingException e) {
            // Died while writing the header: nothing was journaled yet.
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        boolean torn = false;
        // The last element is what follows the final newline: empty unless a line was cut short.
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty() && i == lines.length - 1) {
                break;
            }
            try {
                entries.add(JSON.readValue(lines[i], Entry.class));
            } catch (JsonProcessingException e) {
                torn = true;
                break;
            }
        }
        return Optional.of(new Contents(header, entries, torn));
    }

    /** Starts the file anew: a header for {@code base}, then {@code entries}; written whole or not at all. */
    synchronized void begin(String base, List<Entry> entries) {
        submit(() -> {
            closeChannel();
            StringBuilder text = new StringBuilder(line(new Header(FORMAT, datasetName, base)));
            for (Entry e : entries) {
                text.append(line(e));
            }
            Path temp = file.resolveSibling(file.getFileName() + ".part");
            try (FileChannel c = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                write(c, text.toString());
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        });
    }

    /** Adds {@code entry}; {@link #begin} must have been called since the last {@link #remove}. */
    synchronized void append(Entry entry) {
        String text = line(entry);
        submit(() -> {
            if (channel == null) {
                throw new IOException("the recovery file " + file + " is not open");
            }
            write(channel, text);
        });
    }

    /** Waits until every entry so far is on disk. */
    void flush() throws IOException {
        Future<?> pending;
        synchronized (this) {
            pending = last;
        }
        if (pending != null) {
            try {
                pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the recovery file", e);
            } catch (ExecutionException e) {
                throw new IOException(e.getCause());
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Removes the file (after a save, when nothing is left unsaved). */
    synchronized void remove() {
        submit(() -> {
            closeChannel();
            Files.deleteIfExists(file);
        });
    }

    /** Moves the file to {@code target} instead of removing it (recovered work the user turned down). */
    synchronized void moveTo(Path target) {
        submit(() -> {
            closeChannel();
            if (Files.exists(file)) {
                Files.createDirectories(target.getParent());
                Files.move(file, target);
            }
        });
    }

    /** The first write that failed, if any: the edits after it are not protected. */
    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void close() throws IOException {
        if (writer.isShutdown()) {
            return;
        }
        try {
            flush();
        } finally {
            submit(this::closeChannel);
            writer.shutdown();
        }
    }

    private interface Io {
        void run() throws IOException;
    }

    private void submit(Io task) {
        last = writer.submit(() -> {
            try {
                task.run();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        });
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private static void write(FileChannel c, String text) throws IOException {
        FileBytes.write(c, text.getBytes(StandardCharsets.UTF_8));
        c.force(false);
    }

    private static String line(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
