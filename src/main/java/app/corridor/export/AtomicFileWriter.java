package app.corridor.export;

import app.corridor.io.FileBytes;
import app.corridor.io.TempFiles;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Writes a file so that it is either there whole or not at all: the content goes to a hidden
 * temporary file in the target's directory ({@code .NAME.corridor-PID-RANDOM.part}), is flushed to
 * disk, and is then moved over the target in one step (an atomic rename; where the file system
 * refuses one, a plain replacing move). A failure or a cancellation at any point removes the
 * temporary file and leaves the target as it was; so does a SIGTERM or Ctrl+C (a shutdown hook).
 * What a SIGKILL or a power cut leaves is removed by the next write into that folder, once the
 * process that wrote it is gone (see {@link TempFiles}).
 */
final class AtomicFileWriter {

    /** Our temporary files, and only ours: the {@code corridor-PID-} part says whose. */
    static final Pattern LEFTOVER = Pattern.compile("\\..+\\.corridor-(?<" + TempFiles.OWNER_GROUP
            + ">\\d+)-[0-9a-z]+\\.part");

    /** Produces the content. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Opens a new file for writing; tests substitute one that fails part-way, like a full disk. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path newFile) throws IOException;
    }

    private final Opener opener;

    AtomicFileWriter() {
        this(AtomicFileWriter::openSynced);
    }

    AtomicFileWriter(Opener opener) {
        this.opener = opener;
    }

    /**
     * Checks, before any work, that {@code target} can be written: its folder exists, it is not a
     * folder itself, and it does not exist unless {@code overwrite}.
     */
    static void checkTarget(Path target, boolean overwrite) throws ExportException {
        Path dir = directoryOf(target);
        if (!Files.isDirectory(dir)) {
            throw new ExportException(target, "Cannot write " + target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new ExportException(target, "Cannot write " + target + ": it is a folder");
        }
        if (!overwrite && Files.exists(target)) {
            throw new TargetExistsException(target);
        }
    }

    /**
     * Writes {@code target} from {@code body}; returns its size in bytes.
     *
     * @throws ExportException with the path and the cause when anything fails; a
     *                         {@link RuntimeException} from {@code body} (such as a cancellation) passes
     *                         through, also after the temporary file is removed
     */
    long write(Path target, boolean overwrite, Body body) throws ExportException {
        checkTarget(target, overwrite);
        Path dir = directoryOf(target);
        TempFiles.sweep(dir, LEFTOVER);
        Path temp = createTemp(target, dir);
        boolean moved = false;
        try {
            try (OutputStream raw = opener.open(temp); OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
                body.write(out);
            } catch (IOException | UncheckedIOException e) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                throw new ExportException(target, "Cannot write " + target + ": " + describe(io)
                        + "; nothing was written", io);
            }
            long size = sizeOf(temp);
            move(temp, target, overwrite);
            moved = true;
            return size;
        } finally {
            if (moved) {
                TempFiles.forget(temp);
            } else {
                TempFiles.deleteQuietly(temp);
            }
        }
    }

    /** Fills a new, empty folder. */
    @FunctionalInterface
    interface FolderBody {
        void write(Path folder) throws IOException, ExportException;
    }

    /**
     * Writes the folder {@code target} whole or not at all: its files are written into a hidden
     * temporary folder beside it, which is then renamed into place. With {@code overwrite}, an
     * existing folder is replaced only if it holds nothing but an earlier export of this kind
     * ({@code expected} names its top-level entries); it is moved aside first and removed only
     * once the new one is in place. Returns the bytes written.
     */
    long writeFolder(Path target, boolean overwrite, java.util.Set<String> expected, FolderBody body)
            throws ExportException {
        Path dir = directoryOf(target);
        if (!Files.isDirectory(dir)) {
            throw new ExportException(target, "Cannot write " + target + ": the folder " + dir + " does not exist");
        }
        if (Files.exists(target)) {
            if (!overwrite) {
                throw new TargetExistsException(target);
            }
            if (!Files.isDirectory(target) || !holdsOnly(target, expected)) {
                throw new ExportException(target, "Cannot write " + target + ": it exists and holds other files; "
                        + "choose a new folder name (nothing was changed)");
            }
        }
        String name = target.getFileName().toString();
        Path temp = dir.resolve("." + name + ".corridor-" + TempFiles.pid() + "-" + TempFiles.randomToken() + ".part");
        boolean done = false;
        try {
            Files.createDirectory(temp);
            TempFiles.deleteOnExit(temp);
            body.write(temp);
            Path old = null;
            if (Files.exists(target)) {
                // Not a ".part": the sweep of leftovers never takes the user's previous folder.
                old = dir.resolve("." + name + ".corridor-" + TempFiles.pid() + "-" + TempFiles.randomToken() + ".old");
                Files.move(target, old);
            }
            Files.move(temp, target);
            TempFiles.forget(temp);
            done = true;
            if (old != null) {
                TempFiles.deleteQuietly(old);
            }
            return sizeOfTree(target);
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new ExportException(target, "Cannot write " + target + ": " + describe(io) + "; nothing was written",
                    io);
        } finally {
            if (!done) {
                TempFiles.deleteQuietly(temp);
            }
        }
    }

    private static boolean holdsOnly(Path folder, java.util.Set<String> expected) {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(p -> expected.contains(p.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }

    private static long sizeOfTree(Path root) {
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).mapToLong(AtomicFileWriter::sizeOf).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static Path createTemp(Path target, Path dir) throws ExportException {
        try {
            Path temp = TempFiles.createFile(dir, "." + target.getFileName() + ".corridor-" + TempFiles.pid() + "-",
                    ".part");
            TempFiles.deleteOnExit(temp);
            return temp;
        } catch (FileAlreadyExistsException e) {
            throw new ExportException(target, "Cannot write " + target + ": no temporary file name is free in " + dir, e);
        } catch (AccessDeniedException e) {
            throw new ExportException(target, "Cannot write " + target + ": no permission to create files in " + dir, e);
        } catch (IOException e) {
            throw new ExportException(target, "Cannot write " + target + ": cannot create files in " + dir
                    + " (" + describe(e) + ")", e);
        }
    }

    private static void move(Path temp, Path target, boolean overwrite) throws ExportException {
        try {
            if (!overwrite) {
                // Without REPLACE_EXISTING the move fails if a file appeared at the target meanwhile.
                Files.move(temp, target);
                return;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new TargetExistsException(target);
        } catch (IOException e) {
            throw new ExportException(target, "Cannot write " + target + ": moving the finished file into place failed ("
                    + describe(e) + "); nothing was written", e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static Path directoryOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? target.toAbsolutePath().getRoot() : parent;
    }

    /**
     * What went wrong, in the file system's words ("No space left on device", "Read-only file
     * system") and without the temporary file's name, which means nothing to the user.
     */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder cannot hold new files";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null && !fse.getReason().isBlank()) {
            return fse.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Opens {@code file} (which exists, empty) and forces its content to disk on close. */
    private static OutputStream openSynced(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        return new FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                FileBytes.write(channel, b, off, len);
            }

            @Override
            public void close() throws IOException {
                try {
                    if (channel.isOpen()) {
                        channel.force(true);
                    }
                } finally {
                    super.close();
                }
            }
        };
    }
}
