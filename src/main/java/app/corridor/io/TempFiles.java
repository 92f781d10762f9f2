package app.corridor.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files Corridor writes beside their final place (a store being built, an export
 * being written). Their names carry the id of the process that writes them ({@link #ownerTag()}),
 * so that a later run can tell a leftover of a killed run from a file another running Corridor is
 * still writing. Each is removed when the JVM shuts down (also on SIGTERM and Ctrl+C) unless it was
 * {@linkplain #forget forgotten} first; what a SIGKILL or a power cut leaves behind is removed by
 * {@link #sweep} at the next start.
 *
 * <p>The rule for "stale": the owner process is no longer running, or the file has not changed for
 * {@link #MAX_AGE} (a live process with that id is then another program that reused the id).
 * A name without an owner (written by an earlier Corridor) is stale after {@link #MAX_AGE_NO_OWNER}.
 * Only names matching the caller's own pattern are ever looked at.
 */
public final class TempFiles {

    /** After this long unchanged, a temporary file is stale whoever owns it. */
    public static final Duration MAX_AGE = Duration.ofHours(24);
    /** A temporary file from an earlier Corridor, whose name has no owner, is stale after this long. */
    public static final Duration MAX_AGE_NO_OWNER = Duration.ofHours(1);

    /** The named group of a sweep pattern that holds the owner's process id (it may not match). */
    public static final String OWNER_GROUP = "pid";

    private static final Logger LOG = Logger.getLogger(TempFiles.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();
    private static volatile boolean hookInstalled;

    private TempFiles() {
    }

    /** This process's id, as temporary names carry it. */
    public static long pid() {
        return PID;
    }

    /** A fresh random token for a temporary name, e.g. {@code k3x9q0w1}. */
    public static String randomToken() {
        return Long.toUnsignedString(RANDOM.nextLong(), 36);
    }

    /**
     * A new empty file in {@code dir} named {@code prefix}, a random token and {@code suffix}, with
     * the permissions any new file gets there (the umask's; {@code Files.createTempFile} would make
     * it its owner's alone, and the file it replaces would lose its readers). Tries a few tokens
     * before giving up on a name that is taken.
     *
     * @throws FileAlreadyExistsException when every name tried is taken
     */
    public static Path createFile(Path dir, String prefix, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(dir.resolve(prefix + randomToken() + suffix));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 6) {
                    throw e;
                }
            }
        }
    }

    /** {@code <pid>.<random>}: the part of a temporary name that says who writes it. */
    public static String ownerTag() {
        return PID + "." + randomToken();
    }

    /**
     * Removes {@code path} (a file, or a folder with everything in it) when the JVM shuts down,
     * unless {@link #forget} is called first.
     */
    public static void deleteOnExit(Path path) {
        installHook();
        PENDING.add(path.toAbsolutePath());
    }

    /** {@code path} was moved into place or removed: shutting down leaves it alone. */
    public static void forget(Path path) {
        PENDING.remove(path.toAbsolutePath());
    }

    /** Deletes {@code path} now (a file or a folder tree) and forgets it; a failure is logged, not thrown. */
    public static void deleteQuietly(Path path) {
        try {
            deleteTree(path);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "cannot remove the temporary file " + path, e);
        }
        forget(path);
    }

    /**
     * Removes the stale entries of {@code dir} whose whole name matches {@code pattern}; a group
     * named {@value #OWNER_GROUP} gives the owner's process id. Returns what was removed. A folder
     * that cannot be listed is skipped (nothing to sweep there is not worth failing a start for).
     */
    public static List<Path> sweep(Path dir, Pattern pattern) {
        return sweep(dir, pattern, Instant.now());
    }

    static List<Path> sweep(Path dir, Pattern pattern, Instant now) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                Matcher m = pattern.matcher(entry.getFileName().toString());
                if (m.matches() && isStale(owner(m), modified(entry), now)) {
                    try {
                        deleteTree(entry);
                        removed.add(entry);
                        LOG.fine(() -> "removed " + entry + ", left by a Corridor that did not finish");
                    } catch (IOException | UncheckedIOException e) {
                        LOG.log(Level.WARNING, "cannot remove the leftover " + entry, e);
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot look for leftovers in " + dir, e);
        }
        return removed;
    }

    /** Whether a temporary file of process {@code owner} (null: unknown), last changed at {@code modified}, is a leftover. */
    static boolean isStale(Long owner, FileTime modified, Instant now) {
        if (modified == null) {
            return false; // gone meanwhile
        }
        Instant changed = modified.toInstant();
        if (owner == null) {
            return changed.isBefore(now.minus(MAX_AGE_NO_OWNER));
        }
        if (owner == PID) {
            return false;
        }
        boolean running = ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false);
        return !running || changed.isBefore(now.minus(MAX_AGE));
    }

    private static Long owner(Matcher m) {
        try {
            String pid = m.group(OWNER_GROUP);
            return pid == null ? null : Long.parseLong(pid);
        } catch (IllegalArgumentException e) {
            return null; // no such group, or not a number
        }
    }

    private static FileTime modified(Path entry) {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).lastModifiedTime();
        } catch (IOException e) {
            return null;
        }
    }

    /** Deletes a file, or a folder and what it holds; never follows a symbolic link out of it. */
    private static void deleteTree(Path path) throws IOException {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            // removed meanwhile
        }
    }

    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        synchronized (TempFiles.class) {
            if (hookInstalled) {
                return;
            }
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deletePending, "corridor-temp-cleanup"));
            } catch (IllegalStateException e) {
                return; // already shutting down: the next start sweeps what is left
            }
            hookInstalled = true;
        }
    }

    private static void deletePending() {
        for (Path p : List.copyOf(PENDING)) {
            try {
                deleteTree(p);
            } catch (IOException | UncheckedIOException e) {
                // Logging may already be shut down; the next start sweeps it.
            }
        }
        PENDING.clear();
    }
}
