package app.corridor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's name and version, as built (read from a resource Maven fills in). */
public final class AppInfo {

    public static final String NAME = "Corridor";

    private AppInfo() {
    }

    /** The version from the build, e.g. {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
