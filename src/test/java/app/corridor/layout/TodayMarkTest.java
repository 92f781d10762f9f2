package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Actor;
import app.corridor.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TodayMarkTest {

    private static final Function<String, Actor> LOOKUP = id -> null;

    @Test
    void theTodayLineAndItsTagNeverRunOverALabelOrAMarker() {
        // Dense enough that many labels lie across today's x.
        List<Event> events = SyntheticEvents.generate(300, 11);
        LocalDate today = LocalDate.of(2000, 6, 15);
        TimelineLayout layout = new ExportLayoutEngine(SyntheticEvents.MONO, LayoutStyle.export())
                .layout(Lanes.build(events, LaneMode.KIND, LOOKUP), LocalDate.of(1951, 1, 1).toEpochDay(),
                        LocalDate.of(2027, 1, 1).toEpochDay(), 1600,
                        new ExportLayoutEngine.Options(false, today, Event::title, e -> List.of()))
                .layout();
        TodayMark mark = TodayMark.place(layout, 40, 14);
        assertThat(mark).isNotNull();
        int crossed = 0;
        for (ItemBox b : layout.items()) {
            boolean acrossX = b.hitLeft() <= mark.x() && b.hitRight() >= mark.x();
            if (acrossX) {
                crossed++;
                for (double[] piece : mark.segments()) {
                    assertThat(piece[1] <= b.y() + 2 || piece[0] >= b.y() + b.height() - 2)
                            .as("the line skips %s", b.event().id()).isTrue();
                }
            }
            if (!Double.isNaN(mark.tagX())) {
                boolean overlaps = b.hitLeft() < mark.tagX() + 40 && b.hitRight() > mark.tagX()
                        && b.y() + 2 < mark.tagTop() + 14 && b.y() + b.height() - 2 > mark.tagTop();
                assertThat(overlaps).as("the tag clears %s", b.event().id()).isFalse();
            }
        }
        assertThat(crossed).as("the test crosses labels at all").isGreaterThan(3);
        assertThat(mark.tagX()).isNotNaN();
    }

    @Test
    void theTodayTagClearsTheCountsOfClustersAsItClearsLabels() {
        // Zoomed out over thousands of events, the last column of clusters ends where today is.
        List<Event> events = SyntheticEvents.generate(20_000, 5);
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<Lane> lanes = Lanes.build(events, LaneMode.KIND, LOOKUP);
        EventIndex all = new EventIndex(events);
        double width = 1000;
        TimeScale scale = TimeScale.fit(all.span()[0], today.toEpochDay() + 200,
                width - LayoutStyle.standard().gutterWidth(), 10);
        TimelineLayout layout = new TimelineLayoutEngine(SyntheticEvents.MONO, LayoutStyle.standard())
                .layout(lanes, scale, width, 3000, 0, today);
        TodayMark mark = TodayMark.place(layout, 40, 14);
        assertThat(mark).isNotNull();
        int near = 0;
        for (ClusterBox c : layout.clusters()) {
            if (c.x() <= mark.x() + 60 && c.x() + c.width() >= mark.x() - 60) {
                near++;
            }
            if (c.x() <= mark.x() && c.x() + c.width() >= mark.x()) {
                for (double[] piece : mark.segments()) {
                    assertThat(piece[1] <= c.y() || piece[0] >= c.y() + c.height()).as("the line skips a cluster").isTrue();
                }
            }
            if (!Double.isNaN(mark.tagX())) {
                boolean overlaps = c.x() < mark.tagX() + 40 && c.x() + c.width() > mark.tagX()
                        && c.y() < mark.tagTop() + 14 && c.y() + c.height() > mark.tagTop();
                assertThat(overlaps).as("the tag clears the cluster at %s, %s", c.x(), c.y()).isFalse();
            }
        }
        assertThat(near).as("clusters lie beside today at all").isGreaterThan(3);
    }

    /** A band of a tall export gets the pieces of the line that reach into it, and only those. */
    @Test
    void aBandGetsThePiecesOfTheLineReachingIntoIt() {
        List<Event> events = SyntheticEvents.generate(2000, 13);
        TimelineLayout layout = new ExportLayoutEngine(SyntheticEvents.MONO, LayoutStyle.export())
                .layout(Lanes.build(events, LaneMode.KIND, LOOKUP), LocalDate.of(1951, 1, 1).toEpochDay(),
                        LocalDate.of(2027, 1, 1).toEpochDay(), 1600,
                        new ExportLayoutEngine.Options(false, LocalDate.of(2000, 6, 15), Event::title, e -> List.of()))
                .layout();
        TodayMark mark = TodayMark.place(layout, 40, 14);
        assertThat(mark.segments()).as("a line broken by many labels").hasSizeGreaterThan(50);
        assertThat(mark.segmentsBetween(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))
                .containsExactlyElementsOf(mark.segments());
        for (int k = 0; k * 997 - 100 < layout.height() + 100; k++) {
            double top = k * 997 - 100;
            double bottom = top + 450;
            List<double[]> expected = mark.segments().stream().filter(p -> p[1] >= top && p[0] <= bottom).toList();
            assertThat(mark.segmentsBetween(top, bottom)).as("from %.0f", top).containsExactlyElementsOf(expected);
        }
    }
}
