package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.i18n.CalendarWords;
import app.corridor.i18n.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AxisBuilderTest {

    private final AxisBuilder builder = new AxisBuilder(SyntheticEvents.MONO);
    private static final double T0 = LocalDate.of(2024, 1, 1).toEpochDay();

    @Test
    void theUnitFollowsTheZoomFromDaysToDecades() {
        assertThat(builder.chooseUnit(100)).isEqualTo(TickUnit.DAY);
        assertThat(builder.chooseUnit(4)).isEqualTo(TickUnit.WEEK);
        assertThat(builder.chooseUnit(1.2)).isEqualTo(TickUnit.MONTH);
        assertThat(builder.chooseUnit(0.4)).isEqualTo(TickUnit.QUARTER);
        assertThat(builder.chooseUnit(0.12)).isEqualTo(TickUnit.YEAR);
        assertThat(builder.chooseUnit(0.025)).isEqualTo(TickUnit.FIVE_YEARS);
        assertThat(builder.chooseUnit(0.012)).isEqualTo(TickUnit.DECADE);
    }

    @Test
    void monthTicksFallOnTheFirstOfTheMonthAndYearsAboveThem() {
        Axis axis = builder.build(new TimeScale(T0 - 40, 1.2), 100, 1000);
        assertThat(axis.unit()).isEqualTo(TickUnit.MONTH);
        for (Axis.Tick t : axis.minor()) {
            assertThat(LocalDate.ofEpochDay(t.epochDay()).getDayOfMonth()).isEqualTo(1);
        }
        assertThat(axis.minor()).extracting(Axis.Tick::label).contains("Jan", "Feb", "Dec");
        assertThat(axis.major()).extracting(Axis.Tick::label).contains("2023", "2024");
    }

    @Test
    void quartersAreLabelledQ1ToQ4() {
        Axis axis = builder.build(new TimeScale(T0, 0.4), 0, 1200);
        assertThat(axis.minor()).extracting(Axis.Tick::label).contains("Q1", "Q2", "Q3", "Q4");
    }

    @Test
    void aMonthNameSticksToTheLeftEdgeAboveDays() {
        Axis axis = builder.build(new TimeScale(T0 + 10, 60), 50, 900);
        assertThat(axis.unit()).isEqualTo(TickUnit.DAY);
        Axis.Tick first = axis.major().get(0);
        assertThat(first.label()).isEqualTo("January 2024");
        assertThat(first.labelX()).isEqualTo(50 + AxisBuilder.LABEL_INSET);
    }

    @Test
    void chineseAndUrduAxesNameMonthsYearsAndDecadesInTheirWords() {
        AxisBuilder zh = new AxisBuilder(SyntheticEvents.MONO, CalendarWords.of(Language.CHINESE));
        Axis months = zh.build(new TimeScale(T0 - 40, 1.2), 100, 1000);
        assertThat(months.minor()).extracting(Axis.Tick::label).contains("1月", "2月", "12月");
        assertThat(months.major()).extracting(Axis.Tick::label).contains("2023年", "2024年");
        Axis days = zh.build(new TimeScale(T0 + 10, 60), 50, 900);
        assertThat(days.minor()).extracting(Axis.Tick::label).contains("12日");
        assertThat(days.major().get(0).label()).isEqualTo("2024年1月");
        AxisBuilder ur = new AxisBuilder(SyntheticEvents.MONO, CalendarWords.of(Language.URDU));
        assertThat(ur.build(new TimeScale(T0 - 40, 3), 100, 1200).minor()).extracting(Axis.Tick::label)
                .contains("جنوری", "فروری", "مارچ");
        assertThat(ur.build(new TimeScale(T0, 1.5), 0, 1200).minor()).extracting(Axis.Tick::label)
                .contains("پہلی سہ ماہی", "چوتھی سہ ماہی");
        Axis years = ur.build(new TimeScale(T0 - 3000, 0.12), 100, 1200);
        assertThat(years.major()).extracting(Axis.Tick::label).contains("2010 کی دہائی");
        Axis centuries = zh.build(new TimeScale(LocalDate.of(1900, 1, 1).toEpochDay(), 0.0011), 0, 1200);
        assertThat(centuries.major()).extracting(Axis.Tick::label).contains("20世纪");
    }

    /** A unit is chosen by the widest label of the language: Urdu's long month names need more room. */
    @Test
    void theUnitFollowsTheLanguagesWidestLabel() {
        AxisBuilder ur = new AxisBuilder(SyntheticEvents.MONO, CalendarWords.of(Language.URDU));
        // "Jan" fits 28 days at 1.2 px/day in a mono font, "ستمبر" (5 letters) does not.
        assertThat(builder.chooseUnit(1.2)).isEqualTo(TickUnit.MONTH);
        assertThat(ur.chooseUnit(1.2)).isNotEqualTo(TickUnit.MONTH);
    }

    @ParameterizedTest(name = "{0} px/day")
    @ValueSource(doubles = {400, 120, 40, 9, 3.2, 1.1, 0.5, 0.21, 0.08, 0.031, 0.012, 0.004, 0.0011})
    void labelsNeverOverlapOrLeaveThePlot(double pxPerDay) {
        double left = 180;
        double width = 1100;
        Axis axis = builder.build(new TimeScale(T0 - 500 / pxPerDay, pxPerDay), left, width);
        assertNoOverlap(axis.minor(), TextStyle.AXIS_MINOR, left, left + width);
        assertNoOverlap(axis.major(), TextStyle.AXIS_MAJOR, left, left + width);
        assertThat(axis.minor().stream().filter(t -> !t.label().isEmpty())).as("some labels are shown").isNotEmpty();
    }

    private void assertNoOverlap(List<Axis.Tick> ticks, TextStyle style, double left, double right) {
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (Axis.Tick t : ticks) {
            if (t.label().isEmpty()) {
                continue;
            }
            double w = SyntheticEvents.MONO.width(t.label(), style);
            assertThat(t.labelX()).as("label '%s' starts after the previous one ends", t.label())
                    .isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.labelX()).as("label '%s' inside the plot", t.label()).isGreaterThanOrEqualTo(left);
            assertThat(t.labelX() + w).as("label '%s' not clipped on the right", t.label()).isLessThanOrEqualTo(right);
            previousEnd = t.labelX() + w;
        }
    }
}
