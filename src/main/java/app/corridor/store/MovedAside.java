package app.corridor.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Moves a store file Corridor cannot use out of the way, to {@code corridor.db.broken-<local time>}
 * in the same folder (so that nothing the user has is lost and the file can be sent with a bug
 * report), never over an earlier one: a second one the same second gets {@code -2}, and so on.
 * SQLite's companion files (a rollback journal a killed writer left) go with it under the same name,
 * so that they are never played back into the store built in its place.
 */
final class MovedAside {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private MovedAside() {
    }

    /** Moves {@code file} and its companions aside; returns where {@code file} went. */
    static Path move(Path file) throws IOException {
        return move(file, LocalDateTime.now());
    }

    static Path move(Path file, LocalDateTime now) throws IOException {
        String base = file.getFileName() + ".broken-" + STAMP.format(now);
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS) || companionsTaken(aside)) {
                continue;
            }
            try {
                // Without REPLACE_EXISTING a move never replaces a file that appeared meanwhile.
                Files.move(file, aside);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            for (String suffix : StoreBuilder.COMPANIONS) {
                Path companion = StoreBuilder.companion(file, suffix);
                if (Files.exists(companion, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(companion, StoreBuilder.companion(aside, suffix));
                }
            }
            return aside;
        }
    }

    private static boolean companionsTaken(Path aside) {
        return StoreBuilder.COMPANIONS.stream()
                .anyMatch(s -> Files.exists(StoreBuilder.companion(aside, s), LinkOption.NOFOLLOW_LINKS));
    }
}
