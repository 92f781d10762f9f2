package app.corridor.render;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.layout.LaneMode;
import app.corridor.layout.Lanes;
import app.corridor.layout.LayoutStyle;
import app.corridor.layout.SyntheticEvents;
import app.corridor.layout.TextMeasure;
import app.corridor.layout.TextStyle;
import app.corridor.layout.TimeScale;
import app.corridor.layout.TimelineLayout;
import app.corridor.layout.TimelineLayoutEngine;
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
