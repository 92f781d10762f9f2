package app.corridor.dataset.canonical;

import app.corridor.io.FileBytes;
import app.corridor.io.TempFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Saves a file without ever leaving it half-written and without losing the version it replaces.
 *
 * <p>Before a file is replaced, its current bytes are copied to {@value #BACKUP_FOLDER} beside it,
 * under a name with the time of the save ({@code events.json.2025-06-01T12-00-00.123Z.bak}). Every
 * save keeps its own backup, never overwriting an earlier one (a single {@code .bak} would lose the
 * last good version after two bad saves); a backup identical to the newest one is not made again,
 * and old backups are the user's to delete. The new content is then written to a temporary file in
 * the same folder, forced to disk, and moved over the target in one step.
 */
public final class SafeSave {

    /** The folder, beside the saved file, that holds its earlier versions. */
    public static final String BACKUP_FOLDER = ".corridor-backups";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * What a save did.
     *
     * @param written false when the file already held exactly these bytes (nothing was touched)
     * @param backup  the copy of the previous version, or null when none was needed
     */
    public record Saved(boolean written, Path backup) {
    }

    private final Clock clock;

    public SafeSave() {
        this(Clock.systemUTC());
    }

    /** @param clock names the backups (tests fix it) */
    public SafeSave(Clock clock) {
        this.clock = clock;
    }

    /**
     * Replaces {@code target} by {@code content}: backup of the previous version first, then an
     * atomic move. A file that already holds {@code content} is left alone, byte for byte.
     */
    public Saved save(Path target, byte[] content) throws IOException {
        byte[] current = Files.isRegularFile(target) ? FileBytes.read(target) : null;
        if (current != null && Arrays.equals(current, content)) {
            return new Saved(false, null);
        }
        Path backup = current == null ? null : backUp(target, current);
        writeAtomically(target, content);
        return new Saved(true, backup);
    }

    /** Copies {@code file} into the backup folder beside it; returns the copy (or the newest identical one). */
    public Path backUp(Path file) throws IOException {
        return backUp(file, FileBytes.read(file));
    }

    /** {@link #backUp(Path)} of {@code file}, which holds {@code bytes} (read once by the caller). */
    private Path backUp(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent().resolve(BACKUP_FOLDER);
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        Optional<Path> newest = newestBackup(folder, name);
        if (newest.isPresent() && Arrays.equals(FileBytes.read(newest.get()), bytes)) {
            return newest.get();
        }
        String stem = name + "." + STAMP.format(clock.instant());
        for (int n = 1; ; n++) {
            Path copy = folder.resolve(stem + (n == 1 ? "" : "-" + n) + ".bak");
            try {
                write(copy, bytes, StandardOpenOption.CREATE_NEW);
                return copy;
            } catch (FileAlreadyExistsException e) {
                // Two saves in the same millisecond: the next free name, never over an earlier backup.
            }
        }
    }

    /** The backups of {@code fileName} in {@code folder}, newest last. */
    public static java.util.List<Path> backups(Path folder, String fileName) throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> isBackupOf(p, fileName))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString())).toList();
        }
    }

    private static Optional<Path> newestBackup(Path folder, String fileName) throws IOException {
        java.util.List<Path> all = backups(folder, fileName);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static boolean isBackupOf(Path p, String fileName) {
        String n = p.getFileName().toString();
        return n.startsWith(fileName + ".") && n.endsWith(".bak");
    }

    /**
     * Writes {@code target} whole or not at all: a temporary file beside it, forced to disk, then
     * moved over it atomically (a plain replacing move where the file system has no atomic one).
     * The file keeps its permissions; a new one gets those any new file gets there.
     */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = TempFiles.createFile(dir, "." + target.getFileName() + ".", ".part");
        try {
            write(temp, content, StandardOpenOption.TRUNCATE_EXISTING);
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Gives {@code temp} the permissions of {@code target}, where it exists and the file system has them. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target) || Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    }

    private static void write(Path file, byte[] content, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE, mode)) {
            FileBytes.write(channel, content);
            channel.force(true);
        }
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS); elsewhere a no-op. */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its rename is durable enough.
        }
    }
}
