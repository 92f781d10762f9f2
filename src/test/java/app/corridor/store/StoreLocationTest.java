package app.corridor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsXdg() {
        assertThat(StoreLocation.directory(null, Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/ada/.local/share/corridor"));
        assertThat(StoreLocation.directory(null, Map.of("XDG_DATA_HOME", "/data/ada"), "Linux", HOME))
                .isEqualTo(Path.of("/data/ada/corridor"));
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        assertThat(StoreLocation.directory(null, Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/corridor"));
    }

    @Test
    void windowsUsesAppData() {
        Path appData = Path.of("C:\\Users\\ada\\AppData\\Roaming");
        Path dir = StoreLocation.directory(null, Map.of("APPDATA", appData.toString()), "Windows 11", HOME);
        assertThat(dir.getParent()).isEqualTo(appData);
        assertThat(dir.getFileName()).hasToString("Corridor");
        // Without APPDATA (a stripped environment): the roaming folder under the home folder.
        assertThat(StoreLocation.directory(null, Map.of(), "Windows 10", HOME))
                .isEqualTo(Path.of("/home/ada/AppData/Roaming/Corridor"));
    }

    @Test
    void theCacheFollowsEachPlatformsConvention() {
        assertThat(StoreLocation.cacheDirectory(Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/ada/.cache/corridor"));
        assertThat(StoreLocation.cacheDirectory(Map.of("XDG_CACHE_HOME", "/cache/ada"), "Linux", HOME))
                .isEqualTo(Path.of("/cache/ada/corridor"));
        assertThat(StoreLocation.cacheDirectory(Map.of("XDG_CACHE_HOME", "rel"), "Linux", HOME))
                .isEqualTo(Path.of("/home/ada/.cache/corridor"));
        assertThat(StoreLocation.cacheDirectory(Map.of(), "Windows 11", HOME))
                .isEqualTo(Path.of("/home/ada/AppData/Local/Corridor/Cache"));
        assertThat(StoreLocation.cacheDirectory(Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ada/Library/Caches/Corridor"));
    }

    @Test
    void macUsesApplicationSupportAndIgnoresXdg() {
        assertThat(StoreLocation.directory(null, Map.of("XDG_DATA_HOME", "/data/ada"), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Corridor"));
    }

    @Test
    void theOptionBeatsTheEnvironmentWhichBeatsTheDefault() {
        Map<String, String> env = Map.of(StoreLocation.ENV, "/tmp/env-store");
        assertThat(StoreLocation.directory(null, env, "Linux", HOME)).isEqualTo(Path.of("/tmp/env-store"));
        assertThat(StoreLocation.directory("/tmp/option", env, "Linux", HOME)).isEqualTo(Path.of("/tmp/option"));
    }
}
