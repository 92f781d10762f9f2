package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.dataset.DatasetLoader;
import app.corridor.dataset.DirectoryDatasetFiles;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.render.AwtFonts;
import app.corridor.render.Theme;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The curated data as the app first shows it and at Fit all, measured with the bundled fonts: a
 * title is shortened (or left out) only where the next item in its row, or the edge of the view,
 * leaves no room for it whole.
 */
class ReadableLabelsTest {

    private static final Dataset DATA = new DatasetLoader()
            .load(new DirectoryDatasetFiles(Path.of("data")), DatasetLoader.DATASET_FILE).dataset();
    private static final TextMeasure MEASURE = new AwtFonts(Theme.light()).measure();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @ParameterizedTest(name = "{0} lanes, {1} px wide, {2} of the events")
    @CsvSource({"KIND, 1400, 0.9", "KIND, 1400, 1", "KIND, 1000, 0.9", "KIND, 1000, 1", "ACTOR, 1400, 0.9",
            "COUNTRY, 1400, 1"})
    void noTitleIsCutThatHadRoom(LaneMode mode, double width, double share) {
        Map<String, Actor> actors = DATA.actors().stream().collect(Collectors.toMap(Actor::id, a -> a));
        List<Lane> lanes = Lanes.build(DATA.events(), mode, actors::get);
        LayoutStyle style = LayoutStyle.standard();
        TimelineLayoutEngine engine = new TimelineLayoutEngine(MEASURE, style);
        double plotWidth = width - style.gutterWidth();
        EventIndex all = new EventIndex(DATA.events());
        ViewBounds bounds = new ViewBounds(all, e -> MEASURE.width(e.title(), TextStyle.LABEL), style.labelGap(),
                style.maxLabelWidth());
        TimeScale scale = bounds.fitFrom(all.recentSpan(share)[0], plotWidth);
        TimelineLayout layout = engine.layout(lanes, scale, width, 100_000, 0, TODAY);

        Map<String, List<ItemBox>> rows = layout.items().stream()
                .collect(Collectors.groupingBy(b -> b.lane() + "/" + b.row()));
        List<String> cutWithRoom = new ArrayList<>();
        int cut = 0;
        for (List<ItemBox> row : rows.values()) {
            row.sort(Comparator.comparingDouble(ItemBox::x0));
            for (int i = 0; i < row.size(); i++) {
                ItemBox box = row.get(i);
                String title = box.event().title();
                if (box.label().equals(title) || box.labelInside()) {
                    continue;
                }
                cut++;
                double whole = MEASURE.width(title, TextStyle.LABEL);
                boolean leftOfMarker = box.labelX() < box.x0() && !box.label().isEmpty();
                double room;
                if (leftOfMarker || box.label().isEmpty() && i > 0) {
                    double previousEnd = i == 0 ? layout.plotLeft() : row.get(i - 1).hitRight();
                    room = box.x0() - style.labelGap() - Math.max(previousEnd + style.itemGap(), layout.plotLeft());
                } else {
                    double nextStart = i == row.size() - 1 ? width : row.get(i + 1).hitLeft() - style.itemGap();
                    room = Math.min(nextStart, width) - box.labelX();
                }
                if (room >= whole) {
                    cutWithRoom.add(box.event().id() + " (" + Math.round(room) + " px free, needs "
                            + Math.round(whole) + ")");
                }
            }
        }
        assertThat(cutWithRoom).as("titles cut although they had room (%d cut in all)", cut).isEmpty();
        assertThat(layout.items()).isNotEmpty();
    }
}
