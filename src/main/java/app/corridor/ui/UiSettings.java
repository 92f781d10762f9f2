package app.corridor.ui;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the app remembers between runs: window bounds, divider, theme, lanes, table or timeline,
 * the visible range and the filters. Kept as JSON next to the store, so tests that point the store
 * at a temporary directory never touch the user's settings.
 *
 * @param sidePanelWidth  the side panel's width in pixels (kept as pixels: a fraction of the window
 *                        would mean something else once a window manager resizes it)
 * @param laneHeaderWidth the lane headers' width as the user dragged it, or null for automatic
 * @param viewStart first visible day (epoch days), or null to fit all
 * @param recent    datasets opened with File → Open, newest first
 * @param from      filter start as EDTF ({@code 2019}), or null
 * @param language  the language chosen with View → Language ({@code en}, {@code zh}, {@code ur}), or null
 *                  for the system's
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UiSettings(Double x, Double y, Double width, Double height, boolean maximized,
                         Double sidePanelWidth, Boolean sidePanelShown, Boolean overviewShown, Boolean legendShown, Boolean axisBreaks,
                         Double laneHeaderWidth,
                         boolean dark, String laneMode, boolean table, Double viewStart, Double viewEnd,
                         String from, String to, List<String> actors, boolean allActors, List<String> kinds,
                         String text, List<String> recent, String language) {

    static final String FILE_NAME = "settings.json";
    private static final Logger LOG = Logger.getLogger(UiSettings.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public UiSettings {
        actors = actors == null ? List.of() : List.copyOf(actors);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    /** Nothing remembered yet: the app's defaults. */
    public static UiSettings defaults() {
        // The legend's state is left open (null): a short window starts with it folded (see CorridorApp).
        return new UiSettings(null, null, null, null, false, null, true, true, null, true, null, false, "KIND", false,
                null, null,
                null, null, List.of(), false, List.of(), "", List.of(), null);
    }

    /** These settings with the language {@code code} chosen. */
    public UiSettings withLanguage(String code) {
        return new UiSettings(x, y, width, height, maximized, sidePanelWidth, sidePanelShown, overviewShown,
                legendShown, axisBreaks, laneHeaderWidth, dark, laneMode, table, viewStart, viewEnd, from, to, actors,
                allActors, kinds, text, recent, code);
    }

    /** Reads the settings in {@code dir}; a missing or unreadable file gives the defaults (and a log line). */
    public static UiSettings load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        try {
            return Optional.ofNullable(JSON.readValue(file.toFile(), UiSettings.class)).orElse(defaults());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "ignoring unreadable settings " + file, e);
            return defaults();
        }
    }

    /** Writes the settings to {@code dir} atomically: a crash never leaves half a file. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, FILE_NAME, ".tmp");
        try {
            JSON.writeValue(temp.toFile(), this);
            Files.move(temp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
