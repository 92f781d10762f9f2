package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisBreaksTest {

    private static double day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    private static AxisBreaks.Span span(int y, int m, int d, int days) {
        return new AxisBreaks.Span(day(y, m, d), day(y, m, d) + days);
    }

    @Test
    void decadesWithoutEventsBetweenAnOldMilestoneAndRecentExchangesAreOneBreakOfWholeYears() {
        // The curated data's shape: one event in 1951, the rest from 2012 on.
        List<AxisBreaks.Span> spans = List.of(span(1951, 5, 21, 1), span(2012, 11, 8, 7), span(2015, 4, 20, 2),
                span(2024, 6, 4, 5), span(2026, 5, 21, 1));
        AxisBreaks.Plan plan = AxisBreaks.plan(day(1951, 5, 21), day(2026, 5, 22), spans);
        assertThat(plan.breaks()).containsExactly(new AxisBreaks.Span(day(1952, 1, 1), day(2012, 1, 1)));
        assertThat(plan.stretches()).containsExactly(new AxisBreaks.Span(day(1951, 5, 21), day(1952, 1, 1)),
                new AxisBreaks.Span(day(2012, 1, 1), day(2026, 5, 22)));
        TimeAxis.Break b = new TimeAxis.Break(day(1952, 1, 1), day(2012, 1, 1), 0, 80);
        assertThat(AxisBreaks.label(b)).isEqualTo("1952 \u2013 2011");
    }

    @Test
    void aQuietSpellShorterThanThreeYearsStaysDrawnToScale() {
        List<AxisBreaks.Span> spans = List.of(span(2015, 3, 1, 1), span(2017, 12, 1, 1), span(2020, 6, 1, 1));
        // 2018 and 2019 have no event: two years, too short to break.
        assertThat(AxisBreaks.plan(day(2015, 1, 1), day(2021, 1, 1), spans).breaks()).isEmpty();
    }

    @Test
    void aGapTakingLittleOfTheRangeIsNotWorthABreak() {
        List<AxisBreaks.Span> spans = new java.util.ArrayList<>();
        for (int y = 1980; y <= 2025; y++) {
            if (y < 2000 || y > 2002) {
                spans.add(span(y, 6, 1, 1));
            }
        }
        // Three empty years out of 46: under 15% of the range.
        assertThat(AxisBreaks.plan(day(1980, 1, 1), day(2026, 1, 1), spans).breaks()).isEmpty();
    }

    @Test
    void anEmptyStartOfTheRangeAskedForIsABreakSoTheRangeIsStillTheOneAsked() {
        List<AxisBreaks.Span> spans = List.of(span(2012, 3, 1, 1), span(2015, 3, 1, 1), span(2018, 3, 1, 1),
                span(2021, 3, 1, 1), span(2024, 3, 1, 1), span(2025, 3, 1, 1));
        AxisBreaks.Plan plan = AxisBreaks.plan(day(1990, 1, 1), day(2026, 1, 1), spans);
        assertThat(plan.breaks()).containsExactly(new AxisBreaks.Span(day(1990, 1, 1), day(2012, 1, 1)));
        assertThat(plan.stretches()).containsExactly(new AxisBreaks.Span(day(2012, 1, 1), day(2026, 1, 1)));
    }

    @Test
    void anEventKnownOnlyToTheYearOccupiesItsWholeYearSoNoSpanCrossesABreak() {
        // A year-precise event of 2013 spans all of 2013; the break after it starts in 2014.
        List<AxisBreaks.Span> spans = List.of(span(2013, 1, 1, 365), span(2024, 1, 1, 1));
        AxisBreaks.Plan plan = AxisBreaks.plan(day(2013, 1, 1), day(2025, 1, 1), spans);
        assertThat(plan.breaks()).containsExactly(new AxisBreaks.Span(day(2014, 1, 1), day(2024, 1, 1)));
        for (AxisBreaks.Span b : plan.breaks()) {
            for (AxisBreaks.Span s : spans) {
                assertThat(s.endDay() <= b.startDay() || s.startDay() >= b.endDay()).isTrue();
            }
        }
    }
}
