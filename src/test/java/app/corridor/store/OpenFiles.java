package app.corridor.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files this process holds open under a folder, from {@code /proc/self/fd} (Linux only). */
final class OpenFiles {

    private static final Path FDS = Path.of("/proc/self/fd");

    private OpenFiles() {
    }

    static boolean supported() {
        return Files.isDirectory(FDS);
    }

    static List<Path> under(Path folder) throws IOException {
        Path real = folder.toRealPath();
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.flatMap(fd -> {
                try {
                    return Stream.of(Files.readSymbolicLink(fd));
                } catch (IOException e) {
                    return Stream.empty(); // closed meanwhile
                }
            }).filter(target -> target.startsWith(real)).toList();
        }
    }
}
