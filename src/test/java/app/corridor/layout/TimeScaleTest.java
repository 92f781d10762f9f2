package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private final TimeScale.ZoomLimits limits = new TimeScale.ZoomLimits(0.01, 200);

    @Test
    void zoomKeepsTheTimeUnderThePointerWhereItIs() {
        TimeScale scale = new TimeScale(19000, 2);
        double pointer = 333;
        double before = scale.time(pointer);
        TimeScale zoomed = scale.zoom(1.7, pointer, limits);
        assertThat(zoomed.pxPerDay()).isCloseTo(3.4, within(1e-9));
        assertThat(zoomed.time(pointer)).isCloseTo(before, within(1e-9));
        TimeScale out = zoomed.zoom(1 / 4.0, pointer, limits);
        assertThat(out.time(pointer)).isCloseTo(before, within(1e-9));
    }

    @Test
    void zoomStopsAtItsLimits() {
        TimeScale scale = new TimeScale(0, 100);
        assertThat(scale.zoom(10, 50, limits).pxPerDay()).isEqualTo(200);
        assertThat(scale.zoom(1e-9, 50, limits).pxPerDay()).isEqualTo(0.01);
    }

    @Test
    void panningMovesTimeByPixels() {
        TimeScale scale = new TimeScale(1000, 4);
        assertThat(scale.pan(40).t0()).isEqualTo(990);
        assertThat(scale.pan(-40).time(0)).isEqualTo(1010);
    }

    @Test
    void fitShowsTheWholeSpanWithMargins() {
        double start = LocalDate.of(1951, 5, 21).toEpochDay();
        double end = LocalDate.of(2026, 5, 22).toEpochDay();
        TimeScale fit = TimeScale.fit(start, end, 1200, 20);
        assertThat(fit.x(start)).isCloseTo(20, within(1e-6));
        assertThat(fit.x(end)).isCloseTo(1180, within(1e-6));
    }

    @Test
    void limitsGoFromDecadesDownToASingleDay() {
        TimeScale.ZoomLimits l = TimeScale.ZoomLimits.forSpan(75 * 365.25, 1000);
        assertThat(1000 / l.minPxPerDay()).as("days visible fully zoomed out").isGreaterThan(75 * 365.25);
        assertThat(1000 / l.maxPxPerDay()).as("days visible fully zoomed in").isCloseTo(5, within(1e-9));
        TimeScale.ZoomLimits small = TimeScale.ZoomLimits.forSpan(10, 1000);
        assertThat(1000 / small.minPxPerDay()).as("even a short dataset can zoom out to a decade")
                .isGreaterThan(3652.5);
    }
}
