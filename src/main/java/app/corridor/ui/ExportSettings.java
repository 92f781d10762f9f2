package app.corridor.ui;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the export dialogs remember between uses, kept in {@value #FILE_NAME} next to the app's
 * {@code settings.json} in the store directory (its own file, so the window's settings and these
 * change independently). Null means "not chosen yet": the dialog's default applies (but the
 * folders, once loaded, are always an existing folder).
 *
 * @param folder     where the last export went
 * @param format     the image export's format ("png", "svg", "pdf", "md")
 * @param layout     "timeline" or "chronology"
 * @param theme      "light", "dark" or "print"
 * @param paper      "A4", "A3", "LETTER"
 * @param dataFolder where the last data export went
 * @param dataFormat the data export's format ("csv", "json", "csl-json", "bibtex")
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportSettings(String folder, String format, String layout, String theme, Integer width,
                             Integer scale, String paper, String orientation, Boolean legend, Boolean filtersLine,
                             Boolean footer, Boolean today, Boolean axisBreaks, String dataFolder,
                             String dataFormat) {

    static final String FILE_NAME = "export-settings.json";
    private static final Logger LOG = Logger.getLogger(ExportSettings.class.getName());

    /** Nothing chosen yet. */
    public static ExportSettings none() {
        return new ExportSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** These settings with the image export's choices replaced. */
    ExportSettings withImage(ExportSettings image) {
        return new ExportSettings(image.folder, image.format, image.layout, image.theme, image.width, image.scale,
                image.paper, image.orientation, image.legend, image.filtersLine, image.footer, image.today,
                image.axisBreaks, dataFolder, dataFormat);
    }

    /** These settings with the data export's choices replaced. */
    ExportSettings withData(String newDataFolder, String newDataFormat) {
        return new ExportSettings(folder, format, layout, theme, width, scale, paper, orientation, legend,
                filtersLine, footer, today, axisBreaks, newDataFolder, newDataFormat);
    }

    /**
     * Changes the settings kept in {@code dir} on the {@code background} worker (read, changed,
     * written there, never on the UI thread); a failure is logged, the export it follows stands.
     */
    static void update(Background background, Path dir, java.util.function.UnaryOperator<ExportSettings> change) {
        if (dir == null) {
            return;
        }
        background.run(() -> {
            change.apply(load(dir)).save(dir);
            return null;
        }, ok -> { }, failure -> LOG.log(Level.WARNING, "cannot save the export settings in " + dir, failure));
    }

    /**
     * Reads the settings in {@code dir} (null: none); a missing or unreadable file gives {@link #none()}.
     * The folders are checked here, off the UI thread: one that is gone gives way to the user's
     * Documents folder (else home).
     */
    public static ExportSettings load(Path dir) {
        ExportSettings s = SettingsFiles.read(dir, FILE_NAME, ExportSettings.class, none());
        return new ExportSettings(existing(s.folder), s.format, s.layout, s.theme, s.width, s.scale, s.paper,
                s.orientation, s.legend, s.filtersLine, s.footer, s.today, s.axisBreaks, existing(s.dataFolder),
                s.dataFormat);
    }

    private static String existing(String folder) {
        if (folder != null && Files.isDirectory(Path.of(folder))) {
            return folder;
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).toString();
    }

    /** The folder of the file named {@code current}, or else {@code remembered}: where an export goes next. */
    static Path folderFor(String current, String remembered) {
        if (current != null && !current.isBlank()) {
            Path parent = Path.of(current.strip()).toAbsolutePath().getParent();
            if (parent != null) {
                return parent;
            }
        }
        return Path.of(remembered != null ? remembered : System.getProperty("user.home"));
    }

    /** Writes the settings to {@code dir} atomically. */
    public void save(Path dir) throws IOException {
        SettingsFiles.write(dir, FILE_NAME, this);
    }
}
