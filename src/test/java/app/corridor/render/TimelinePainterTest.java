package app.corridor.render;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.layout.ExportLayoutEngine;
import app.corridor.layout.ItemBox;
import app.corridor.layout.LaneMode;
import app.corridor.layout.Lanes;
import app.corridor.layout.LayoutStyle;
import app.corridor.layout.SyntheticEvents;
import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import app.corridor.layout.TimeScale;
import app.corridor.layout.TimelineLayout;
import app.corridor.layout.TimelineLayoutEngine;
import app.corridor.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinePainterTest {

    private final TimelineLayoutEngine engine = new TimelineLayoutEngine(SyntheticEvents.MONO, LayoutStyle.standard());

    @Test
    void whenNothingMatchesTheTimelineSaysSoInsteadOfStayingBlank() {
        TimelineLayout layout = engine.layout(List.of(), new TimeScale(19000, 1), 1200, 600, 0, LocalDate.of(2026, 1, 1));
        RecordingSurface s = new RecordingSurface();
        new TimelinePainter().paint(layout, s, Theme.light(), TimelinePainter.Decorations.NONE);
        assertThat(s.texts).contains("No events match the filters");
    }

    @Test
    void eachEventInViewIsOneGroupWithItsLabelAndEachLaneIsNamed() {
        var events = SyntheticEvents.generate(30, 3);
        var lanes = Lanes.build(events, LaneMode.KIND, id -> null);
        TimelineLayout layout = engine.layout(lanes, TimeScale.fit(-7000, 21000, 1300, 10), 1500, 4000, 0,
                LocalDate.of(2026, 1, 1));
        RecordingSurface s = new RecordingSurface();
        new TimelinePainter().paint(layout, s, Theme.print(), TimelinePainter.Decorations.NONE);
        assertThat(s.groups.stream().filter(g -> g.startsWith("event ")).count()).isEqualTo(layout.items().size());
        layout.items().stream().filter(b -> !b.label().isEmpty() && b.labelX() >= layout.plotLeft()
                        && b.labelX() + SyntheticEvents.MONO.width(b.label(), TextStyle.LABEL) < layout.width() - 4)
                .forEach(b -> assertThat(s.texts).contains(b.label()));
        // Labels running past the right edge end in an ellipsis instead of being cut mid-letter (those with
        // room for a few letters: with less, the painter leaves the label out).
        layout.items().stream().filter(b -> !b.label().isEmpty() && b.labelX() >= layout.plotLeft()
                        && b.labelX() < layout.width() - 60
                        && b.labelX() + SyntheticEvents.MONO.width(b.label(), TextStyle.LABEL) > layout.width())
                .forEach(b -> assertThat(s.texts).anySatisfy(t -> assertThat(t).endsWith("\u2026")
                        .startsWith(b.label().substring(0, 3))));
        lanes.forEach(l -> assertThat(s.texts).contains(l.label()));
    }

    /**
     * A strip of a tall PNG, or a sheet of a PDF, keeps one band of the page: it draws every event
     * that reaches the band, in the order the whole page draws them, and no other (it drew every
     * event on every strip, so a tall export's time grew with the square of its events).
     */
    @Test
    void aBandOfATallPageDrawsTheEventsReachingItAndNoOther() {
        List<Event> events = SyntheticEvents.generate(3_000, 7);
        TimelineLayout layout = new ExportLayoutEngine(SyntheticEvents.MONO, LayoutStyle.export())
                .layout(Lanes.build(events, LaneMode.KIND, id -> null), LocalDate.of(1951, 1, 1).toEpochDay(),
                        LocalDate.of(2027, 1, 1).toEpochDay(), 1600, new ExportLayoutEngine.Options(
                                false, LocalDate.of(2000, 6, 15), Event::title, e -> List.of()))
                .layout();
        assertThat(layout.height()).as("a page of many sheets").isGreaterThan(20_000);
        TimelinePainter painter = new TimelinePainter();
        RecordingSurface whole = new RecordingSurface();
        painter.paint(layout, whole, Theme.print(), TimelinePainter.Decorations.NONE);
        assertThat(whole.groups.stream().filter(g -> g.startsWith("event ")).count()).isEqualTo(layout.items().size());
        List<String> pageOrder = whole.groups.stream().filter(g -> g.startsWith("event ")).toList();
        for (double top = 0; top < layout.height(); top += 2_345) {
            RecordingSurface band = new RecordingSurface();
            band.keptTop = top;
            band.keptBottom = top + 700;
            painter.paint(layout, band, Theme.print(), TimelinePainter.Decorations.NONE);
            List<String> drawn = band.groups.stream().filter(g -> g.startsWith("event ")).toList();
            List<String> inBand = new ArrayList<>();
            List<String> nearBand = new ArrayList<>();
            for (ItemBox b : layout.items()) {
                String group = "event " + b.event().kind().code() + ":" + b.event().id();
                if (b.y() + b.height() >= band.keptTop && b.y() <= band.keptBottom) {
                    inBand.add(group);
                }
                if (b.y() + b.height() >= band.keptTop - 60 && b.y() <= band.keptBottom + 60) {
                    nearBand.add(group);
                }
            }
            assertThat(drawn).as("from %.0f: every event in the band", top).containsAll(inBand);
            assertThat(nearBand).as("from %.0f: none far from it", top).containsAll(drawn);
            assertThat(drawn).as("from %.0f: in the page's order", top)
                    .isEqualTo(pageOrder.stream().filter(drawn::contains).toList());
        }
    }

    /** Zoomed out over thousands of events every row beside today is full: the tag goes in the axis instead. */
    @Test
    void whereThePlotHasNoRoomForTheTodayTagTheAxisHoldsIt() {
        LocalDate today = LocalDate.of(2025, 6, 1);
        var events = SyntheticEvents.generate(20_000, 5);
        var lanes = Lanes.build(events, LaneMode.KIND, id -> null);
        double width = 2000;
        TimeScale scale = TimeScale.fit(LocalDate.of(1951, 1, 1).toEpochDay(), LocalDate.of(2027, 1, 1).toEpochDay(),
                width - LayoutStyle.standard().gutterWidth(), 10);
        TimelineLayout layout = engine.layout(lanes, scale, width, 260, 0, today);
        app.corridor.layout.TodayMark mark = app.corridor.layout.TodayMark.place(layout, 40, 14);
        assertThat(mark).isNotNull();
        assertThat(mark.tagX()).as("no free place in the plot").isNaN();
        RecordingSurface s = new RecordingSurface();
        new TimelinePainter().paint(layout, s, Theme.light(), TimelinePainter.Decorations.NONE);
        assertThat(s.texts).contains("Today");
    }
}
