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

    /** Records the text drawn and the groups opened; draws nothing. */
    static final class RecordingSurface implements Surface {
        final List<String> texts = new ArrayList<>();
        final List<String> groups = new ArrayList<>();

        @Override
        public TextMeasure measure() {
            return SyntheticEvents.MONO;
        }

        @Override
        public double baselineOffset(TextStyle style) {
            return 4;
        }

        @Override
        public void fillRect(double x, double y, double w, double h, Rgba fill) {
        }

        @Override
        public void fillRoundRect(double x, double y, double w, double h, double arc, Rgba fill) {
        }

        @Override
        public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgba stroke, double lw,
                                    double[] dashes) {
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Rgba stroke, double lw, double[] dashes) {
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys, Rgba stroke, double lw) {
        }

        @Override
        public void text(String text, double x, double y, TextStyle style, Rgba color) {
            texts.add(text);
        }

        @Override
        public void pushClip(double x, double y, double w, double h) {
        }

        @Override
        public void popClip() {
        }

        @Override
        public void beginGroup(String id, String cssClass, String title) {
            groups.add(cssClass + ":" + id);
        }
    }

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
        TimelineLayout layout = engine.layout(lanes, TimeScale.fit(-7000, 21000, 1800, 10), 2000, 4000, 0,
                LocalDate.of(2026, 1, 1));
        RecordingSurface s = new RecordingSurface();
        new TimelinePainter().paint(layout, s, Theme.print(), TimelinePainter.Decorations.NONE);
        assertThat(s.groups.stream().filter(g -> g.startsWith("event ")).count()).isEqualTo(layout.items().size());
        layout.items().stream().filter(b -> !b.label().isEmpty())
                .forEach(b -> assertThat(s.texts).contains(b.label()));
        lanes.forEach(l -> assertThat(s.texts).contains(l.label()));
    }
}
