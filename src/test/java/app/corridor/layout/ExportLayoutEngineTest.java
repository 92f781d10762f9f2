package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Actor;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ExportLayoutEngineTest {

    private static final Function<String, Actor> LOOKUP = id -> SyntheticEvents.ACTORS.stream()
            .filter(a -> a.id().equals(id)).findFirst().orElse(null);
    private final ExportLayoutEngine engine = new ExportLayoutEngine(SyntheticEvents.MONO, LayoutStyle.export());

    private static ExportLayoutEngine.Options options(boolean breaks, LocalDate today) {
        return new ExportLayoutEngine.Options(breaks, today, Event::title, e -> List.of());
    }

    private static Event event(String id, String title, String date) {
        return new Event(id, title, EventKind.MEETING, EventDate.parse(date), null, List.of(), "s", null,
                List.of(new Quote("s", "q", 0, 1)));
    }

    private static double day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    @Test
    void aCrowdedLaneGrowsRowsInsteadOfClusteringAndWritesEveryTitleWhole() {
        List<Event> events = SyntheticEvents.generate(400, 7);
        List<Lane> lanes = Lanes.build(events, LaneMode.KIND, LOOKUP);
        TimelineLayout layout = engine.layout(lanes, day(1951, 1, 1), day(2027, 1, 1), 1600, options(true, null))
                .layout();
        assertThat(layout.clusters()).isEmpty();
        assertThat(layout.items()).hasSize(400);
        for (ItemBox box : layout.items()) {
            assertThat(String.join(" ", box.lines())).isEqualTo(box.event().title());
        }
        assertNoOverlaps(layout);
    }

    @Test
    void aTitleTooLongForOneLineIsWrappedOntoASecondAndTakesTwoRows() {
        String title = "A very long title about a conference of political parties held in a faraway capital city";
        Event e = event("long", title, "2024-03-05");
        TimelineLayout layout = engine.layout(Lanes.build(List.of(e), LaneMode.KIND, LOOKUP), day(2024, 1, 1),
                day(2025, 1, 1), 1600, options(false, null)).layout();
        ItemBox box = layout.items().get(0);
        assertThat(box.lines()).hasSize(2);
        assertThat(String.join(" ", box.lines())).isEqualTo(title);
        assertThat(box.height()).isEqualTo(2 * LayoutStyle.export().rowHeight());
        assertThat(layout.lanes().get(0).rowsUsed()).isEqualTo(2);
    }

    @Test
    void theRangeEndsWhereAskedPlusOnlyTheRoomTheLastTitleNeeds() {
        Event last = event("last", "Closing meeting of the year", "2025-12-20");
        Event first = event("first", "Opening", "2019-01-10");
        ExportLayoutEngine.Result r = engine.layout(Lanes.build(List.of(first, last), LaneMode.KIND, LOOKUP),
                day(2019, 1, 1), day(2026, 1, 1), 1600, options(true, null));
        assertThat(r.axis().endDay()).isEqualTo(day(2026, 1, 1));
        assertThat(r.layout().axis().minor()).allSatisfy(t -> assertThat((double) t.epochDay())
                .isLessThan(day(2026, 1, 1)));
        ItemBox lastBox = r.layout().boxOf(last).orElseThrow();
        assertThat(lastBox.hitRight()).isLessThanOrEqualTo(1600);
        // The room after the range is the last label's, not decades of empty axis.
        double endX = r.layout().plotLeft() + ExportLayoutEngine.START_INSET + r.axis().x(day(2026, 1, 1));
        assertThat(1600 - endX).isLessThan(SyntheticEvents.MONO.width(last.title(), TextStyle.LABEL) + 40);
    }

    @Test
    void ticksFallOnlyInsideStretchesAndEachStretchAfterABreakIsNamed() {
        List<Event> events = List.of(event("old", "Relations established", "1951-05-21"),
                event("a", "A", "2012-11-08"), event("b", "B", "2018-04-01"), event("c", "C", "2025-02-04"));
        TimelineLayout layout = engine.layout(Lanes.build(events, LaneMode.KIND, LOOKUP), day(1951, 5, 21),
                day(2025, 2, 5), 1600, options(true, null)).layout();
        assertThat(layout.axis().breaks()).hasSize(1);
        TimeAxis.Break b = layout.axis().breaks().get(0);
        for (Axis.Tick t : layout.axis().minor()) {
            assertThat(t.x() < b.x0() || t.x() >= b.x1()).as("tick %s outside the break", t).isTrue();
            if (!t.label().isEmpty()) {
                double end = t.labelX() + SyntheticEvents.MONO.width(t.label(), TextStyle.AXIS_MINOR);
                assertThat(end <= b.x0() || t.labelX() >= b.x1()).as("label %s clear of the break", t.label())
                        .isTrue();
            }
        }
        // The upper row names the first period after the break right at its left edge.
        assertThat(layout.axis().major()).anySatisfy(t -> {
            assertThat(t.label()).startsWith("201");
            assertThat(t.labelX()).isBetween(b.x1(), b.x1() + 10);
        });
        for (ItemBox box : layout.items()) {
            assertThat(box.x1() <= b.x0() || box.x0() >= b.x1()).as("%s does not cross the break",
                    box.event().id()).isTrue();
        }
    }

    @Test
    void withoutBreaksTheAxisRunsStraight() {
        List<Event> events = List.of(event("old", "Old", "1951-05-21"), event("a", "A", "2012-11-08"));
        ExportLayoutEngine.Result r = engine.layout(Lanes.build(events, LaneMode.KIND, LOOKUP), day(1951, 5, 21),
                day(2012, 11, 9), 1600, options(false, null));
        assertThat(r.axis().breaks()).isEmpty();
        assertThat(r.layout().axis().breaks()).isEmpty();
    }

    @Test
    void theTodayLineIsDrawnOnlyWhenTodayLiesInsideTheRange() {
        List<Lane> lanes = Lanes.build(List.of(event("a", "A", "2020-03-01")), LaneMode.KIND, LOOKUP);
        assertThat(engine.layout(lanes, day(2019, 1, 1), day(2026, 1, 1), 1000,
                options(true, LocalDate.of(2025, 6, 1))).layout().todayX()).isNotNaN();
        assertThat(engine.layout(lanes, day(2019, 1, 1), day(2026, 1, 1), 1000,
                options(true, LocalDate.of(2026, 11, 29))).layout().todayX()).isNaN();
    }

    /** No two items in a lane share a row where their glyphs and labels overlap. */
    static void assertNoOverlaps(TimelineLayout layout) {
        List<ItemBox> items = new ArrayList<>(layout.items());
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                ItemBox a = items.get(i);
                ItemBox b = items.get(j);
                boolean sameRows = a.lane() == b.lane() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
                boolean overlapX = a.hitLeft() < b.hitRight() && b.hitLeft() < a.hitRight();
                assertThat(sameRows && overlapX).as("%s and %s overlap", a.event().id(), b.event().id()).isFalse();
            }
        }
    }
}
