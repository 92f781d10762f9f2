package app.corridor.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Small JSON settings files in the store directory: read leniently (a missing or unreadable file
 * gives the defaults, and a log line), written atomically (a crash never leaves half a file).
 */
final class SettingsFiles {

    private static final Logger LOG = Logger.getLogger(SettingsFiles.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SettingsFiles() {
    }

    /** The {@code type} read from {@code dir/name}, or {@code defaults} when there is none or it is unreadable. */
    static <T> T read(Path dir, String name, Class<T> type, T defaults) {
        Path file = dir == null ? null : dir.resolve(name);
        if (file == null || !Files.isRegularFile(file)) {
            return defaults;
        }
        try {
            return Optional.ofNullable(JSON.readValue(file.toFile(), type)).orElse(defaults);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "ignoring unreadable settings " + file, e);
            return defaults;
        }
    }

    /** Writes {@code value} to {@code dir/name} through a temporary file moved into place. */
    static void write(Path dir, String name, Object value) throws IOException {
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, name, ".tmp");
        try {
            JSON.writeValue(temp.toFile(), value);
            Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
