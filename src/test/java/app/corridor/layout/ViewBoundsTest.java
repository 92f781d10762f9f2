package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewBoundsTest {

    private static final double PLOT = 1200;
    private static final double GAP = 5;

    private static Event event(String id, String title, LocalDate day) {
        return new Event(id, title, EventKind.MEETING, EventDate.of(PartialDate.of(day)), null, List.of(), "", null,
                List.of());
    }

    /** One event in 1951, a dozen after 2012, the last with a long title: the curated data's shape. */
    private static EventIndex curatedShape() {
        List<Event> events = new ArrayList<>();
        events.add(event("relations", "Diplomatic relations", LocalDate.of(1951, 5, 21)));
        for (int i = 0; i < 12; i++) {
            events.add(event("e" + i, "Event " + i, LocalDate.of(2013 + i, 3, 1)));
        }
        events.add(event("last", "The seventy-fifth anniversary of diplomatic relations is marked", LocalDate.of(2026, 5, 21)));
        return new EventIndex(events);
    }

    private static ViewBounds bounds(EventIndex index) {
        return new ViewBounds(index, e -> SyntheticEvents.MONO.width(e.title(), TextStyle.LABEL), GAP, 900);
    }

    private static double labelEnd(TimeScale s, Event e) {
        return s.x(e.date().endEpochDayExclusive()) + GAP + e.title().length() * 7.0;
    }

    @Test
    void fitAllEndsWithTheLastEventWhenItsLabelCanTurnLeft() {
        EventIndex index = curatedShape();
        TimeScale fit = bounds(index).fitAll(PLOT);
        assertThat(fit.x(index.start(0))).isCloseTo(ViewBounds.LEFT_MARGIN, within(0.5));
        // The last event is near the right edge (its long label turned left of it); a short label
        // just before it may keep the margin's width beyond it, no more.
        assertThat(fit.x(index.span()[1])).isBetween(PLOT - 3 * ViewBounds.RIGHT_MARGIN, PLOT - ViewBounds.RIGHT_MARGIN);
        assertThat(LocalDate.ofEpochDay((long) fit.time(PLOT)).getYear()).isBetween(2026, 2027);
    }

    @Test
    void aSingleEventIsCentredAtAReadableZoomWithItsLabelWhole() {
        // Alone, the event's label has nothing but the margin on its left: it is drawn after it.
        EventIndex one = new EventIndex(List.of(event("only", "A single exchange of letters", LocalDate.of(2020, 3, 1))));
        TimeScale fit = bounds(one).fitAll(PLOT);
        assertThat(PLOT / fit.pxPerDay()).isCloseTo(ViewBounds.READABLE_FIT_DAYS, within(1e-6));
        double left = fit.x(one.start(0));
        double right = PLOT - labelEnd(fit, one.get(0));
        assertThat(left).isGreaterThan(ViewBounds.LEFT_MARGIN);
        assertThat(right).isGreaterThan(ViewBounds.RIGHT_MARGIN);
        assertThat(left + ViewBounds.LEFT_MARGIN).isCloseTo(right + ViewBounds.RIGHT_MARGIN, within(30.0));
    }

    @Test
    void zoomingOutStopsAtFitAllAndInAtFiveDays() {
        ViewBounds b = bounds(curatedShape());
        TimeScale.ZoomLimits limits = b.limits(PLOT);
        assertThat(limits.minPxPerDay()).isCloseTo(b.fitAll(PLOT).pxPerDay(), within(1e-9));
        assertThat(PLOT / limits.maxPxPerDay()).isCloseTo(ViewBounds.MIN_VISIBLE_DAYS, within(1e-9));
        TimeScale wayOut = b.clamp(new TimeScale(0, 1e-6), PLOT);
        assertThat(wayOut.pxPerDay()).isEqualTo(limits.minPxPerDay());
    }

    @Test
    void panningStopsAtTheEdgesOfTheEvents() {
        EventIndex index = curatedShape();
        ViewBounds b = bounds(index);
        TimeScale zoomed = new TimeScale(index.start(5), 2);
        TimeScale farPast = b.clamp(zoomed.pan(1e7), PLOT);
        assertThat(farPast.x(index.start(0))).isCloseTo(ViewBounds.LEFT_MARGIN, within(1e-6));
        TimeScale farFuture = b.clamp(zoomed.pan(-1e7), PLOT);
        assertThat(farFuture.x(index.span()[1])).isCloseTo(PLOT - ViewBounds.RIGHT_MARGIN, within(1.0));
        TimeScale inside = b.clamp(zoomed, PLOT);
        assertThat(inside).isEqualTo(zoomed);
    }

    @Test
    void aFewCloseResultsAreShownAtAReadableZoom() {
        EventIndex index = curatedShape();
        TimeScale s = bounds(index).show(index.start(3), index.start(3) + 1, ViewBounds.READABLE_FIT_DAYS, PLOT);
        double days = PLOT / s.pxPerDay();
        assertThat(days).isGreaterThanOrEqualTo(ViewBounds.READABLE_FIT_DAYS);
        assertThat(s.time(0)).isLessThan(index.start(3));
        assertThat(s.time(PLOT)).isGreaterThan(index.start(3) + 1);
    }

    @Test
    void aTitleLongerThanAQuarterOfThePlotIsCutRatherThanSqueezingTheRest() {
        List<Event> events = new ArrayList<>(List.of(event("a", "A", LocalDate.of(2020, 1, 1))));
        events.add(event("b", "x".repeat(400), LocalDate.of(2021, 1, 1)));
        ViewBounds b = bounds(new EventIndex(events));
        TimeScale fit = b.fitAll(PLOT);
        double spanPx = fit.x(events.get(1).date().endEpochDayExclusive()) - fit.x(events.get(0).date().startEpochDay());
        assertThat(spanPx).isGreaterThan(PLOT * 0.75 - ViewBounds.LEFT_MARGIN - 2 * ViewBounds.RIGHT_MARGIN);
    }

    @Test
    void inANarrowPlotTheLastLongTitlesLeaveTheEventsThreeQuartersOfIt() {
        // Lanes by actor in a 1,024-pixel window leave the plot about 440 pixels. The last events'
        // titles are longer than the room on their left, so they cannot turn round.
        double plot = 440;
        List<Event> events = new ArrayList<>();
        for (int year = 1950; year <= 2026; year++) {
            events.add(event("e" + year, "Phone call between Shehbaz Sharif and Chinese counterparts number " + year,
                    LocalDate.of(year, 6, 1)));
        }
        EventIndex index = new EventIndex(events);
        TimeScale fit = bounds(index).fitAll(plot);
        double spanPx = fit.x(index.span()[1]) - fit.x(index.span()[0]);
        assertThat(spanPx).isGreaterThan(plot * 0.75 - ViewBounds.LEFT_MARGIN - 2 * ViewBounds.RIGHT_MARGIN);
        assertThat(LocalDate.ofEpochDay((long) fit.time(plot)).getYear()).isLessThan(2060);
    }

    @Test
    void aHundredThousandEventsAreBoundedQuickly() {
        EventIndex index = new EventIndex(SyntheticEvents.generate(100_000, 3));
        ViewBounds b = bounds(index);
        TimeScale fit = b.fitAll(PLOT);
        assertThat(fit.x(index.start(0))).isCloseTo(ViewBounds.LEFT_MARGIN, within(0.5));
        assertThat(fit.time(PLOT)).isLessThan(LocalDate.of(2030, 1, 1).toEpochDay());
    }

    @Test
    void theLabelsAskedAreThoseOfTheLatestEndingEventsWhereverTheyStart() {
        // Long spans that start early and end late, many equal ends: the scan from the last event
        // backwards must stop only where no earlier event can end later.
        for (int seed = 1; seed <= 5; seed++) {
            java.util.Random random = new java.util.Random(seed);
            List<Event> events = new ArrayList<>(SyntheticEvents.generate(3000, seed));
            for (int i = 0; i < 40; i++) {
                LocalDate from = LocalDate.of(1950 + random.nextInt(40), 1 + random.nextInt(12), 1);
                LocalDate to = LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1);
                events.add(new Event("long-" + i, "Long " + i, EventKind.MEETING,
                        new EventDate(PartialDate.of(from), PartialDate.of(to)), null, List.of(), "", null, List.of()));
            }
            EventIndex index = new EventIndex(events);
            List<Integer> expected = java.util.stream.IntStream.range(0, index.size()).boxed()
                    .sorted(java.util.Comparator.<Integer>comparingDouble(index::end).reversed()
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .limit(ViewBounds.CANDIDATES).toList();
            assertThat(java.util.Arrays.stream(bounds(index).candidates()).boxed().toList()).as("seed " + seed).containsExactlyElementsOf(expected);
        }
    }
}
