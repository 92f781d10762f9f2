package app.corridor.export;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.dataset.LoadResult;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;

/** The mini fixture (4 events, 2020–2025) loaded for export tests, with a fixed "today". */
final class MiniData {

    /** Today in the golden images: inside the range, so the today line is drawn. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    /** The fixed range of the golden images: 2020 to 2025, exactly. */
    static final ExportRange RANGE = ExportRange.window(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));

    private MiniData() {
    }

    static Dataset load() {
        try {
            Path dir = Path.of(MiniData.class.getResource("/fixtures/mini").toURI());
            LoadResult r = new DatasetLoader().load(new DirectoryDatasetFiles(dir), "events.json");
            if (!r.isValid()) {
                throw new IllegalStateException("mini fixture invalid: " + r.problems());
            }
            return r.dataset();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Function<String, Actor> actors(Dataset d) {
        return id -> d.actor(id).orElse(null);
    }

    static ExportService service() {
        return new ExportService(CLOCK);
    }
}
