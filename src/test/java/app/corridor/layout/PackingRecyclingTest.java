package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.corridor.model.Actor;
import app.corridor.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A packing the engine drops hands its arrays on to the next packing of its lane (see
 * {@link PackingArrays}): what is laid out must be what a fresh engine lays out, and no frame
 * laid out before may change.
 */
class PackingRecyclingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final double WIDTH = 1400;
    /** Tall enough for every lane to be in view. */
    private static final double HEIGHT = 100_000;
    private static final Map<String, Actor> ACTORS = SyntheticEvents.ACTORS.stream()
            .collect(Collectors.toMap(Actor::id, a -> a));
    private static final List<Lane> LANES = Lanes.build(SyntheticEvents.generate(3000, 42), LaneMode.KIND,
            ACTORS::get);
    /** Every event in view: the densest packing, with clusters and shortened labels. */
    private static final TimeScale FIT = TimeScale.fit(LocalDate.of(1951, 1, 1).toEpochDay(),
            LocalDate.of(2027, 1, 1).toEpochDay(), WIDTH - LayoutStyle.standard().gutterWidth(), 0);

    private final TimelineLayoutEngine engine = new TimelineLayoutEngine(SyntheticEvents.MONO, LayoutStyle.standard());

    private static TimelineLayoutEngine freshEngine() {
        return new TimelineLayoutEngine(SyntheticEvents.MONO, LayoutStyle.standard());
    }

    private static TimeScale zoomed(double factor) {
        return new TimeScale(FIT.t0(), FIT.pxPerDay() * factor);
    }

    private static void assertSameFrame(TimelineLayout actual, TimelineLayout expected, String what) {
        assertThat(actual.lanes()).as("lanes %s", what).isEqualTo(expected.lanes());
        assertThat(actual.items()).as("items %s", what).isEqualTo(expected.items());
        assertThat(actual.clusters()).as("clusters %s", what).isEqualTo(expected.clusters());
    }

    /**
     * More zoom levels than the engine keeps, zooming in and out, so each new level fills the
     * arrays of a dropped one that was packed at another zoom (more or fewer events overflowing);
     * a level packed before is packed again into other arrays. Each frame, and a pan of it (the
     * labels shortened to make room are measured when first shown), is the fresh engine's.
     */
    @Test
    void aLaneRepackedIntoTheArraysOfADroppedZoomLaysOutAsAFreshEngineDoes() {
        boolean clustered = false;
        for (double factor : new double[] {1, 0.8, 0.9, 1.6, 1, 2.5, 0.7, 1.2, 1.6, 30, 1}) {
            TimeScale scale = zoomed(factor);
            TimelineLayoutEngine fresh = freshEngine();
            assertSameFrame(engine.layout(LANES, scale, WIDTH, HEIGHT, 0, TODAY),
                    fresh.layout(LANES, scale, WIDTH, HEIGHT, 0, TODAY), "at " + factor + " times");
            TimeScale panned = scale.pan(-WIDTH * 3 / 4);
            assertSameFrame(engine.layout(LANES, panned, WIDTH, HEIGHT, 0, TODAY),
                    fresh.layout(LANES, panned, WIDTH, HEIGHT, 0, TODAY), "panned at " + factor + " times");
            clustered |= !fresh.layout(LANES, scale, WIDTH, HEIGHT, 0, TODAY).clusters().isEmpty();
        }
        assertThat(clustered).as("the levels include clusters").isTrue();
    }

    /**
     * A filter cleared brings back the very lanes it left (see {@link FilteredLanes#of}): at the
     * zoom they were left at, they are not packed again, and every frame is still a fresh engine's,
     * also once the lanes' kept packing has gone on to be dropped and its arrays refilled.
     */
    @Test
    void lanesShownAgainAtTheZoomTheyWereLeftAtAreNotPackedAgain() {
        List<Lane> filtered = List.copyOf(LANES.subList(0, 2));
        engine.layout(LANES, FIT, WIDTH, HEIGHT, 0, TODAY);
        engine.layout(filtered, zoomed(2), WIDTH, HEIGHT, 0, TODAY);
        int made = engine.packingsMade();
        assertSameFrame(engine.layout(LANES, FIT, WIDTH, HEIGHT, 0, TODAY),
                freshEngine().layout(LANES, FIT, WIDTH, HEIGHT, 0, TODAY), "shown again");
        assertThat(engine.packingsMade()).as("packed again").isEqualTo(made);
        assertSameFrame(engine.layout(filtered, zoomed(2), WIDTH, HEIGHT, 0, TODAY),
                freshEngine().layout(filtered, zoomed(2), WIDTH, HEIGHT, 0, TODAY), "the filter again");
        assertThat(engine.packingsMade()).as("the filter's lanes packed again").isEqualTo(made);
        // At another zoom the lanes are packed; the level they came back with is dropped in turn.
        for (double factor : new double[] {1.5, 3, 0.8, 1}) {
            TimeScale scale = zoomed(factor);
            assertSameFrame(engine.layout(LANES, scale, WIDTH, HEIGHT, 0, TODAY),
                    freshEngine().layout(LANES, scale, WIDTH, HEIGHT, 0, TODAY), "at " + factor + " times");
        }
        assertThat(engine.packingsMade()).isGreaterThan(made);
        // Only the lanes last left are kept: lanes left before them are packed anew.
        List<Lane> other = List.copyOf(LANES.subList(1, 3));
        engine.layout(other, FIT, WIDTH, HEIGHT, 0, TODAY);
        engine.layout(LANES, FIT, WIDTH, HEIGHT, 0, TODAY);
        int beforeFiltered = engine.packingsMade();
        assertSameFrame(engine.layout(filtered, zoomed(2), WIDTH, HEIGHT, 0, TODAY),
                freshEngine().layout(filtered, zoomed(2), WIDTH, HEIGHT, 0, TODAY), "a filter left long ago");
        assertThat(engine.packingsMade()).isEqualTo(beforeFiltered + filtered.size());
    }

    /**
     * The last titles turn round within the time range the view is asked to show (a year filter's):
     * lanes shown again under another range are packed again, as a fresh engine packs them, and under
     * the same range they take their packing back.
     */
    @Test
    void lanesShownAgainUnderAnotherTimeRangeArePackedForIt() {
        List<Lane> filtered = List.copyOf(LANES.subList(0, 2));
        double from = LocalDate.of(1900, 1, 1).toEpochDay();
        double to = LocalDate.of(2100, 1, 1).toEpochDay();
        engine.layout(LANES, FIT, WIDTH, HEIGHT, 0, TODAY);
        engine.setTimeRange(from, to);
        engine.layout(filtered, FIT, WIDTH, HEIGHT, 0, TODAY);
        engine.setTimeRange(Double.NaN, Double.NaN);
        int made = engine.packingsMade();
        engine.layout(LANES, FIT, WIDTH, HEIGHT, 0, TODAY);
        assertThat(engine.packingsMade()).as("the same range: taken back").isEqualTo(made);
        engine.layout(filtered, FIT, WIDTH, HEIGHT, 0, TODAY);
        engine.setTimeRange(from, to);
        TimelineLayoutEngine fresh = freshEngine();
        fresh.setTimeRange(from, to);
        assertSameFrame(engine.layout(LANES, FIT, WIDTH, HEIGHT, 0, TODAY),
                fresh.layout(LANES, FIT, WIDTH, HEIGHT, 0, TODAY), "under another range");
        assertThat(engine.packingsMade()).as("packed again for the range").isGreaterThan(made + filtered.size());
    }

    /** Lanes of other events (another data set opened) take no packing along: it would hold all of the old events. */
    @Test
    void lanesOfOtherEventsKeepNoPackingOfTheLanesLeft() {
        List<Lane> others = Lanes.build(SyntheticEvents.generate(500, 9), LaneMode.KIND, ACTORS::get);
        engine.layout(LANES, FIT, WIDTH, HEIGHT, 0, TODAY);
        engine.layout(others, FIT, WIDTH, HEIGHT, 0, TODAY);
        int made = engine.packingsMade();
        assertSameFrame(engine.layout(LANES, FIT, WIDTH, HEIGHT, 0, TODAY),
                freshEngine().layout(LANES, FIT, WIDTH, HEIGHT, 0, TODAY), "back to the first events");
        assertThat(engine.packingsMade()).as("packed anew").isEqualTo(made + LANES.size());
    }

    /** Frames in motion between settled levels drop levels too; the frame that settles is still a fresh one's. */
    @Test
    void framesInMotionAndTheFrameThatSettlesMatchAFreshEngine() {
        engine.layout(LANES, zoomed(1), WIDTH, HEIGHT, 0, TODAY);
        TimeScale target = zoomed(6);
        for (double factor : new double[] {1.2, 1.9, 3.1, 4.4, 5.2, 5.9}) {
            engine.layoutMoving(LANES, zoomed(factor), target, WIDTH, HEIGHT, 0, TODAY);
        }
        assertSameFrame(engine.layout(LANES, target, WIDTH, HEIGHT, 0, TODAY),
                freshEngine().layout(LANES, target, WIDTH, HEIGHT, 0, TODAY), "settled");
        TimeScale back = zoomed(0.5);
        engine.layoutMoving(LANES, zoomed(3), back, WIDTH, HEIGHT, 0, TODAY);
        assertSameFrame(engine.layout(LANES, back, WIDTH, HEIGHT, 0, TODAY),
                freshEngine().layout(LANES, back, WIDTH, HEIGHT, 0, TODAY), "settled back");
    }

    /** A new broken axis (Fit all with breaks, resized) packs into the arrays of the last one's packings. */
    @Test
    void aNewBrokenAxisLaysOutAsAFreshEngineDoes() {
        double start = FIT.t0();
        double end = LocalDate.of(2027, 1, 1).toEpochDay();
        for (double plotWidth : new double[] {1220, 900, 1600, 1220}) {
            PiecewiseTimeAxis axis = PiecewiseTimeAxis.linear(start, end, plotWidth, 0);
            TimeScale scale = new TimeScale(start, plotWidth / (end - start));
            assertSameFrame(engine.layout(LANES, axis, 0, scale, WIDTH, HEIGHT, 0, TODAY),
                    freshEngine().layout(LANES, axis, 0, scale, WIDTH, HEIGHT, 0, TODAY), "at " + plotWidth + " px");
        }
    }

    /** A frame copies out what it shows: it reads the same after its packings were dropped and refilled. */
    @Test
    void aFrameLaidOutBeforeFurtherZoomsReadsTheSameAfterThem() {
        TimelineLayout before = engine.layout(LANES, zoomed(1), WIDTH, HEIGHT, 0, TODAY);
        List<ItemBox> items = new ArrayList<>(before.items());
        List<ClusterBox> clusters = new ArrayList<>(before.clusters());
        List<List<Event>> clusterEvents = clusters.stream().map(c -> List.copyOf(c.events())).toList();
        for (double factor : new double[] {0.8, 1.3, 0.6, 2, 0.9, 1.1}) {
            engine.layout(LANES, zoomed(factor), WIDTH, HEIGHT, 0, TODAY);
            engine.layoutMoving(LANES, zoomed(factor * 1.5), zoomed(factor * 2), WIDTH, HEIGHT, 0, TODAY);
        }
        assertThat(before.items()).isEqualTo(items);
        assertThat(before.clusters()).isEqualTo(clusters);
        assertThat(before.clusters()).extracting(ClusterBox::events).isEqualTo(clusterEvents);
        assertSameFrame(before, freshEngine().layout(LANES, zoomed(1), WIDTH, HEIGHT, 0, TODAY), "kept");
        for (ItemBox box : items) {
            assertThat(before.itemAt(box.centerX(), box.y() + box.height() / 2)).isPresent();
        }
        for (ClusterBox cluster : clusters) {
            assertThat(before.clusterAt(cluster.x() + 1, cluster.y() + 1)).contains(cluster);
        }
    }

    /** The contract itself: the next packing fills the very arrays handed on, and the old one is never read. */
    @Test
    void aReleasedPackingHandsItsArraysOnAndIsNotReadAgain() {
        Lane lane = LANES.get(0);
        EventIndex events = lane.events();
        LabelFitter fitter = new LabelFitter(SyntheticEvents.MONO, LayoutStyle.standard().maxLabelWidth());
        LabelFitter.Whole whole = fitter.wholeLabels(events);
        double[] span = events.span();
        Overflow overflow = new Overflow();
        // Packed zoomed in, then again at Fit all: more events overflow, the cluster arrays grow.
        LanePacking first = new LanePacking(events, whole, FIT.pxPerDay() * 3, LayoutStyle.standard(), fitter,
                span[0], span[1], PackingArrays.NONE, overflow);
        PackingArrays arrays = first.release();
        assertThatThrownBy(() -> first.emit(t -> t, 0, 0, 0, 0, WIDTH, new ArrayList<>()))
                .isInstanceOf(IllegalStateException.class);

        double px = FIT.pxPerDay();
        LanePacking reused = new LanePacking(events, whole, px, LayoutStyle.standard(), fitter, span[0], span[1],
                arrays, overflow);
        LanePacking fresh = new LanePacking(events, whole, px, LayoutStyle.standard(), fitter, span[0], span[1],
                PackingArrays.NONE, new Overflow());
        double shift = -FIT.t0() * px;
        double width = (span[1] - FIT.t0()) * px + WIDTH;
        List<ItemBox> reusedItems = new ArrayList<>();
        List<ItemBox> freshItems = new ArrayList<>();
        reused.emit(t -> t * px, shift, 0, 0, 0, width, reusedItems);
        fresh.emit(t -> t * px, shift, 0, 0, 0, width, freshItems);
        assertThat(reusedItems).hasSize(reused.count).isEqualTo(freshItems);
        List<ClusterBox> reusedClusters = new ArrayList<>();
        List<ClusterBox> freshClusters = new ArrayList<>();
        reused.emitClusters(1, shift, 0, 0, 0, width, reusedClusters);
        fresh.emitClusters(1, shift, 0, 0, 0, width, freshClusters);
        assertThat(reusedClusters).isNotEmpty().isEqualTo(freshClusters);
        assertThat(reused.rowsUsed).isEqualTo(fresh.rowsUsed);

        PackingArrays again = reused.release();
        assertThat(again.at()).isSameAs(arrays.at());
        assertThat(again.labels()).isSameAs(arrays.labels());
        assertThat(again.maxEnd()).isSameAs(arrays.maxEnd());
    }
}
