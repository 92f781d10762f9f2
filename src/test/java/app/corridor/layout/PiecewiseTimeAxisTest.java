package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiecewiseTimeAxisTest {

    private static double day(int y) {
        return LocalDate.of(y, 1, 1).toEpochDay();
    }

    private final AxisBreaks.Plan plan = new AxisBreaks.Plan(
            List.of(new AxisBreaks.Span(day(1951), day(1952)), new AxisBreaks.Span(day(2012), day(2026))),
            List.of(new AxisBreaks.Span(day(1952), day(2012))));
    private final PiecewiseTimeAxis axis = PiecewiseTimeAxis.layout(plan, 1400, new double[] {150, 40}, 84);

    @Test
    void everyPeriodWithEventsGetsItsShareOfTheWidthAtOneScale() {
        double perYear = axis.x(day(2013)) - axis.x(day(2012));
        double hundredDays = axis.x(day(2015) + 100) - axis.x(day(2015));
        assertThat(axis.x(day(1951) + 100) - axis.x(day(1951))).isCloseTo(hundredDays, within(1e-9));
        // 15 years of events share what the break (84) and the label room (150 + 40) leave.
        double days = (day(1952) - day(1951)) + (day(2026) - day(2012));
        assertThat(days * axis.pxPerDay()).isCloseTo(1400 - 84 - 150 - 40, within(1e-6));
        assertThat(perYear).isCloseTo(366 * axis.pxPerDay(), within(1e-6));
        assertThat(axis.width()).isCloseTo(1400, within(0.5));
    }

    @Test
    void aBreakTakesItsFixedWidthWhateverItsLengthAndComesAfterItsStretchsLabelRoom() {
        TimeAxis.Break b = axis.breaks().get(0);
        assertThat(b.width()).isEqualTo(84);
        assertThat(b.x0()).isCloseTo(axis.stretches().get(0).x1() + 150, within(1e-9));
        assertThat(axis.stretches().get(1).x0()).isEqualTo(b.x1());
        assertThat(axis.x(day(1980))).isBetween(b.x0(), b.x1());
    }

    @Test
    void timeAndXAreInversesInsideTheStretchesAndXNeverGoesBack() {
        for (double time = day(1951); time < day(2026); time += 97) {
            double t = time;
            assertThat(axis.x(t + 97)).isGreaterThan(axis.x(t));
            boolean inStretch = axis.stretches().stream().anyMatch(s -> s.containsTime(t));
            if (inStretch) {
                assertThat(axis.time(axis.x(t))).isCloseTo(t, within(1e-6));
            }
        }
    }

    @Test
    void aLinearAxisIsOneStretchEndingInItsLabelRoom() {
        PiecewiseTimeAxis linear = PiecewiseTimeAxis.linear(day(2019), day(2026), 1000, 200);
        assertThat(linear.breaks()).isEmpty();
        assertThat(linear.x(day(2026))).isCloseTo(800, within(1e-6));
        assertThat(linear.startDay()).isEqualTo(day(2019));
        assertThat(linear.endDay()).isEqualTo(day(2026));
    }
}
