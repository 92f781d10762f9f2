package app.corridor.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives: the user's data directory for the platform, unless an option or the
 * {@code CORRIDOR_DATA_DIR} environment variable says otherwise (tests point it at a temp dir).
 * Never the install directory, so a re-install or upgrade keeps it.
 */
public final class StoreLocation {

    /** Environment variable that overrides the directory. */
    public static final String ENV = "CORRIDOR_DATA_DIR";

    /** The store's file name inside the directory. */
    public static final String FILE_NAME = "corridor.db";

    private StoreLocation() {
    }

    /**
     * The store directory of a dataset opened from {@code datasetFile} (File → Open), under
     * {@code base}: one folder per dataset, named from its absolute path, so each keeps its own store.
     */
    public static Path forDataset(Path base, Path datasetFile) {
        String path = datasetFile.toAbsolutePath().normalize().toString();
        String key = app.corridor.dataset.Hashing.sha256(path.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 16);
        return base.resolve("datasets").resolve(key);
    }

    /** The directory for this machine and user, given the {@code --store-dir} option (or null). */
    public static Path directory(String option) {
        return directory(option, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** The folder for files Corridor can make again (the SQLite driver's library), for this machine and user. */
    public static Path cacheDirectory() {
        return cacheDirectory(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /**
     * The cache folder from explicit inputs, by the platform's convention: XDG on Linux, the local
     * (not roaming) AppData on Windows, Caches on macOS.
     */
    static Path cacheDirectory(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve("Corridor")
                    .resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Corridor");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache")).resolve("corridor");
    }

    /**
     * The directory from explicit inputs: the option wins, then {@value #ENV}, then the platform's
     * convention (XDG on Linux, AppData on Windows, Application Support on macOS).
     */
    static Path directory(String option, Map<String, String> env, String osName, Path home) {
        if (option != null && !option.isBlank()) {
            return Path.of(option);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("Corridor");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Corridor");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("corridor");
    }
}
