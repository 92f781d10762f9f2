package app.corridor.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.model.Actor;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.Part;
import app.corridor.model.Participation;
import app.corridor.model.Quote;
import app.corridor.i18n.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineLayoutEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Map<String, Actor> ACTORS = SyntheticEvents.ACTORS.stream()
            .collect(Collectors.toMap(Actor::id, a -> a));
    private static final Function<String, Actor> LOOKUP = ACTORS::get;

    private final TimelineLayoutEngine engine = new TimelineLayoutEngine(SyntheticEvents.MONO, LayoutStyle.standard());

    private static Event event(String id, String date, EventKind kind, String... actors) {
        List<Participation> who = new ArrayList<>();
        for (String a : actors) {
            who.add(new Participation(a, Part.PARTICIPANT));
        }
        return new Event(id, "Title of " + id, kind, EventDate.parse(date), null, who, "s", null,
                List.of(new Quote("s", "q", 0, 1)));
    }

    private static TimeScale around(String from, String to, double width) {
        return TimeScale.fit(LocalDate.parse(from).toEpochDay(), LocalDate.parse(to).toEpochDay(),
                width - LayoutStyle.standard().gutterWidth(), 10);
    }

    /** A curator's edit keeps the event's id: the engine, which outlives it, labels the event anew. */
    @Test
    void anEventRetitledUnderTheSameIdIsLabelledWithItsNewTitle() {
        Event before = event("visit", "2024-06-04/2024-06-08", EventKind.OFFICIAL_VISIT);
        Event after = new Event("visit", "A retitled visit", before.kind(), before.date(), null, before.participants(),
                before.summary(), null, before.quotes());
        TimeScale scale = around("2024-01-01", "2025-01-01", 1400);
        TimelineLayout first = engine.layout(Lanes.build(List.of(before), LaneMode.KIND, LOOKUP), scale, 1400, 800, 0,
                TODAY);
        assertThat(first.items().get(0).label()).isEqualTo("Title of visit");
        TimelineLayout edited = engine.layout(Lanes.build(List.of(after), LaneMode.KIND, LOOKUP), scale, 1400, 800, 0,
                TODAY);
        assertThat(edited.items().get(0).label()).isEqualTo("A retitled visit");
    }

    /** Lanes by actor hold an event in each of its actors' lanes: its label is measured once all the same. */
    @Test
    void anEventInSeveralLanesHasItsLabelMeasuredOnce() {
        List<Event> events = SyntheticEvents.generate(600, 11);
        Map<String, Integer> measured = new java.util.HashMap<>();
        TextMeasure counting = (text, style) -> {
            if (style == TextStyle.LABEL) {
                measured.merge(text, 1, Integer::sum);
            }
            return SyntheticEvents.MONO.width(text, style);
        };
        List<Lane> lanes = Lanes.build(events, LaneMode.ACTOR, LOOKUP);
        long placements = lanes.stream().mapToLong(l -> l.events().size()).sum();
        assertThat(placements).as("events in more than one lane").isGreaterThan(events.size());
        TimelineLayoutEngine engine = new TimelineLayoutEngine(counting, LayoutStyle.standard());
        engine.layout(lanes, around("1950-01-01", "2030-01-01", 1400), 1400, 800, 0, TODAY);
        engine.layout(lanes, around("2000-01-01", "2010-01-01", 1400), 1400, 800, 0, TODAY);
        Map<String, Long> titled = events.stream().collect(Collectors.groupingBy(Event::title, Collectors.counting()));
        titled.forEach((title, count) -> assertThat(measured.get(title)).as(title).isEqualTo(count.intValue()));
    }

    @Test
    void eachDatePrecisionHasItsShapeAndAMonthSpanCoversTheWholeMonth() {
        List<Event> events = List.of(
                event("day", "2024-06-07", EventKind.MEETING),
                event("visit", "2024-06-04/2024-06-08", EventKind.OFFICIAL_VISIT),
                event("june", "2024-06", EventKind.LETTER),
                event("year", "2024", EventKind.SPEECH));
        TimeScale scale = around("2024-01-01", "2025-01-01", 1400);
        TimelineLayout layout = engine.layout(Lanes.build(events, LaneMode.KIND, LOOKUP), scale, 1400, 800, 0, TODAY);
        Map<String, ItemBox> boxes = layout.items().stream().collect(Collectors.toMap(b -> b.event().id(), b -> b));
        assertThat(boxes.get("day").shape()).isEqualTo(ItemShape.POINT);
        assertThat(boxes.get("visit").shape()).isEqualTo(ItemShape.BAR);
        assertThat(boxes.get("june").shape()).isEqualTo(ItemShape.SPAN);
        double plotLeft = layout.plotLeft();
        ItemBox june = boxes.get("june");
        assertThat(june.x0()).isCloseTo(plotLeft + scale.x(LocalDate.of(2024, 6, 1).toEpochDay()),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(june.x1()).isCloseTo(plotLeft + scale.x(LocalDate.of(2024, 7, 1).toEpochDay()),
                org.assertj.core.data.Offset.offset(1e-6));
        ItemBox visit = boxes.get("visit");
        assertThat(visit.x1() - visit.x0()).isCloseTo(5 * scale.pxPerDay(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void withLanesByActorAnEventAppearsInEachActorsLane() {
        List<Event> events = List.of(event("talks", "2025-02-05", EventKind.MEETING, "a-cn", "b-pk"),
                event("solo", "2025-03-01", EventKind.SPEECH, "a-cn"));
        List<Lane> lanes = Lanes.build(events, LaneMode.ACTOR, LOOKUP);
        assertThat(lanes).extracting(Lane::label).containsExactly("Leader A", "Leader B");
        TimelineLayout layout = engine.layout(lanes, around("2025-01-01", "2025-04-01", 1200), 1200, 600, 0, TODAY);
        assertThat(layout.items().stream().filter(b -> b.event().id().equals("talks")).map(ItemBox::lane))
                .containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void lanesByCountryPutEachEventOnceOnItsSide() {
        List<Event> events = List.of(event("bilateral", "2025-02-05", EventKind.MEETING, "a-cn", "b-pk"),
                event("china", "2025-03-01", EventKind.SPEECH, "a-cn"),
                event("multi", "2025-03-02", EventKind.SUMMIT, "a-cn", "d-un"),
                event("none", "2025-03-03", EventKind.ANNIVERSARY));
        assertThat(Lanes.build(events, LaneMode.COUNTRY, LOOKUP)).extracting(Lane::label)
                .containsExactly("China", "China & Pakistan", "With other countries", "No actor recorded");
    }

    @Test
    void lanesAreNamedInTheReadersLanguageAndScript() {
        Map<String, Actor> named = Map.of(
                "xi", new Actor("xi", "Xi Jinping", "习近平", app.corridor.model.Country.CN,
                        app.corridor.model.ActorKind.PERSON, List.of()),
                "sharif", new Actor("sharif", "Shehbaz Sharif", "شہباز شریف", app.corridor.model.Country.PK,
                        app.corridor.model.ActorKind.PERSON, List.of()));
        List<Event> events = List.of(event("talks", "2025-02-05", EventKind.STATE_VISIT, "xi", "sharif"),
                event("alone", "2025-03-01", EventKind.OFFICIAL_VISIT, "xi"),
                event("none", "2025-03-03", EventKind.ANNIVERSARY));
        assertThat(Lanes.build(events, LaneMode.KIND, named::get, Language.CHINESE)).extracting(Lane::label)
                .containsExactly("国事访问", "正式访问", "周年纪念");
        assertThat(Lanes.build(events, LaneMode.KIND, named::get, Language.URDU)).extracting(Lane::label)
                .containsExactly("ریاستی دورے", "سرکاری دورے", "سالگرہیں");
        assertThat(Lanes.build(events, LaneMode.COUNTRY, named::get, Language.CHINESE)).extracting(Lane::label)
                .containsExactly("中国", "中巴双边", "未记录参与方");
        List<Lane> zh = Lanes.build(events, LaneMode.ACTOR, named::get, Language.CHINESE);
        assertThat(zh).extracting(Lane::label).containsExactly("习近平", "Shehbaz Sharif", "未记录参与方");
        assertThat(zh).extracting(Lane::nativeLabel).containsExactly("Xi Jinping", "شہباز شریف", null);
        List<Lane> ur = Lanes.build(events, LaneMode.ACTOR, named::get, Language.URDU);
        assertThat(ur).extracting(Lane::label).containsExactly("Xi Jinping", "شہباز شریف", "کوئی فریق درج نہیں");
        assertThat(ur).extracting(Lane::nativeLabel).containsExactly("习近平", "Shehbaz Sharif", null);
    }

    @ParameterizedTest(name = "{0} px/day")
    @ValueSource(doubles = {240, 40, 6, 1.5, 0.4, 0.09, 0.02, 0.004})
    void labelsAndMarkersNeverOverlapInARowAtAnyZoom(double pxPerDay) {
        List<Event> events = SyntheticEvents.generate(3000, 42);
        List<Lane> lanes = Lanes.build(events, LaneMode.KIND, LOOKUP);
        double t0 = LocalDate.of(2000, 1, 1).toEpochDay() - 600 / pxPerDay;
        TimelineLayout layout = engine.layout(lanes, new TimeScale(t0, pxPerDay), 1400, 100_000, 0, TODAY);
        Map<String, List<ItemBox>> rows = layout.items().stream()
                .collect(Collectors.groupingBy(b -> b.lane() + "/" + b.row()));
        for (List<ItemBox> row : rows.values()) {
            row.sort(Comparator.comparingDouble(ItemBox::hitLeft));
            for (int i = 1; i < row.size(); i++) {
                ItemBox a = row.get(i - 1);
                ItemBox b = row.get(i);
                assertThat(b.hitLeft()).as("%s starts after %s ends (label included)", b.event().id(), a.event().id())
                        .isGreaterThanOrEqualTo(a.hitRight());
            }
            for (ItemBox box : row) {
                if (!box.label().isEmpty()) {
                    double end = box.labelX() + SyntheticEvents.MONO.width(box.label(), TextStyle.LABEL);
                    assertThat(end).as("label of %s within its footprint", box.event().id())
                            .isLessThanOrEqualTo(box.hitRight() + 1e-6);
                    assertThat(box.label().length()).isGreaterThan(1);
                }
            }
        }
    }

    @Test
    void tooDenseEventsMergeIntoClustersThatOpenAsYouZoomIn() {
        List<Event> sameDay = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            sameDay.add(event("d" + i, "2024-06-07", EventKind.MEETING));
        }
        List<Lane> lanes = Lanes.build(sameDay, LaneMode.KIND, LOOKUP);
        TimelineLayout wide = engine.layout(lanes, around("2020-01-01", "2026-01-01", 1400), 1400, 800, 0, TODAY);
        assertThat(wide.clusters()).hasSize(1);
        assertThat(wide.clusters().get(0).count()).isEqualTo(9 - LayoutStyle.standard().maxRowsPerLane());
        assertThat(wide.lanes().get(0).clusters()).isTrue();

        List<Event> spread = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            spread.add(event("w" + i, "2024-06-0" + (i + 1), EventKind.MEETING));
        }
        List<Lane> spreadLanes = Lanes.build(spread, LaneMode.KIND, LOOKUP);
        TimelineLayout far = engine.layout(spreadLanes, around("2000-01-01", "2026-01-01", 1400), 1400, 800, 0, TODAY);
        assertThat(far.clusters()).isNotEmpty();
        TimelineLayout near = engine.layout(spreadLanes, around("2024-06-01", "2024-06-10", 1400), 1400, 800, 0, TODAY);
        assertThat(near.clusters()).isEmpty();
        assertThat(near.items()).hasSize(9).allSatisfy(b -> assertThat(b.label()).isNotEmpty());
    }

    @Test
    void onlyWhatIsInViewIsLaidOutAndPanningKeepsRows() {
        List<Event> events = SyntheticEvents.generate(10_000, 7);
        List<Lane> lanes = Lanes.build(events, LaneMode.KIND, LOOKUP);
        TimeScale scale = around("2010-01-01", "2010-03-01", 1400);
        TimelineLayout layout = engine.layout(lanes, scale, 1400, 100_000, 0, TODAY);
        assertThat(layout.items().size()).isLessThan(400);
        for (ItemBox box : layout.items()) {
            assertThat(box.hitRight()).isGreaterThanOrEqualTo(layout.plotLeft());
            assertThat(box.hitLeft()).isLessThanOrEqualTo(1400 + LayoutStyle.standard().markerRadius());
        }
        TimelineLayout panned = engine.layout(lanes, scale.pan(-300), 1400, 100_000, 0, TODAY);
        Map<String, Integer> rowBefore = layout.items().stream()
                .collect(Collectors.toMap(b -> b.lane() + b.event().id(), ItemBox::row, (a, b) -> a));
        panned.items().stream().filter(b -> rowBefore.containsKey(b.lane() + b.event().id()))
                .forEach(b -> assertThat(b.row()).isEqualTo(rowBefore.get(b.lane() + b.event().id())));
    }

    @Test
    void hitTestingFindsTheItemUnderThePointerAndNothingElsewhere() {
        List<Event> events = List.of(event("day", "2024-06-07", EventKind.MEETING),
                event("visit", "2024-06-04/2024-06-08", EventKind.OFFICIAL_VISIT));
        TimelineLayout layout = engine.layout(Lanes.build(events, LaneMode.KIND, LOOKUP),
                around("2024-05-01", "2024-07-01", 1200), 1200, 600, 0, TODAY);
        for (ItemBox box : layout.items()) {
            double y = box.y() + box.height() / 2;
            assertThat(layout.itemAt(box.centerX(), y)).contains(box);
            assertThat(layout.itemAt(box.hitRight() - 1, y)).as("on its label").contains(box);
        }
        assertThat(layout.itemAt(layout.plotLeft() + 2, layout.plotTop() + 10)).isEmpty();
        assertThat(layout.itemAt(600, 5)).as("the axis is not an item").isEmpty();
    }

    @Test
    void theTodayLineIsPlacedOnTodayOnlyWhenInView() {
        List<Event> events = List.of(event("day", "2026-06-07", EventKind.MEETING));
        List<Lane> lanes = Lanes.build(events, LaneMode.KIND, LOOKUP);
        TimeScale scale = around("2026-01-01", "2027-01-01", 1200);
        TimelineLayout layout = engine.layout(lanes, scale, 1200, 600, 0, TODAY);
        assertThat(layout.todayX()).isCloseTo(layout.plotLeft() + scale.x(TODAY.toEpochDay() + 0.5),
                org.assertj.core.data.Offset.offset(1e-9));
        TimelineLayout past = engine.layout(lanes, around("2000-01-01", "2001-01-01", 1200), 1200, 600, 0, TODAY);
        assertThat(past.todayX()).isNaN();
    }

    @Test
    void theRecentSpanLeavesOldOutliersOut() {
        List<Event> events = new ArrayList<>();
        events.add(event("old", "1951-05-21", EventKind.DIPLOMATIC_MILESTONE));
        for (int i = 1; i <= 9; i++) {
            events.add(event("e" + i, "2024-0" + i + "-01", EventKind.MEETING));
        }
        EventIndex index = new EventIndex(events);
        assertThat(index.recentSpan(0.9)[0]).isEqualTo(LocalDate.of(2024, 1, 1).toEpochDay());
        assertThat(index.recentSpan(0.9)[1]).isEqualTo(LocalDate.of(2024, 9, 2).toEpochDay());
        assertThat(index.span()[0]).isEqualTo(LocalDate.of(1951, 5, 21).toEpochDay());
    }

    @Test
    void noEventsMeansAnEmptyLayout() {
        TimelineLayout layout = engine.layout(List.of(), around("2024-01-01", "2025-01-01", 800), 800, 600, 0, TODAY);
        assertThat(layout.isEmpty()).isTrue();
        assertThat(layout.axis().minor()).isNotEmpty();
    }

    private static Map<String, Integer> rows(TimelineLayout layout) {
        return layout.items().stream().collect(Collectors.toMap(b -> b.lane() + "/" + b.event().id(), ItemBox::row));
    }

    private static void noOverlapsInARow(TimelineLayout layout) {
        Map<String, List<ItemBox>> rows = layout.items().stream()
                .collect(Collectors.groupingBy(b -> b.lane() + "/" + b.row()));
        for (List<ItemBox> row : rows.values()) {
            row.sort(Comparator.comparingDouble(ItemBox::hitLeft));
            for (int i = 1; i < row.size(); i++) {
                assertThat(row.get(i).hitLeft()).as("%s after %s", row.get(i).event().id(), row.get(i - 1).event().id())
                        .isGreaterThanOrEqualTo(row.get(i - 1).hitRight());
            }
        }
    }

    /**
     * An animated zoom in shows the packing of where it started, spread out (nothing overlaps as
     * the view zooms in), and the frame that settles is the one a fresh engine lays out there.
     */
    @Test
    void aZoomInMotionReusesThePackingItStartedFromAndSettlesOnItsOwn() {
        List<Lane> lanes = Lanes.build(SyntheticEvents.generate(3000, 42), LaneMode.KIND, LOOKUP);
        TimeScale start = around("1995-01-01", "2025-01-01", 1400);
        TimeScale target = new TimeScale(start.t0(), start.pxPerDay() * 3.5);
        TimelineLayout settled = engine.layout(lanes, start, 1400, 100_000, 0, TODAY);
        Map<String, Integer> startRows = rows(settled);
        for (double factor : new double[] {1.01, 1.5, 2.5, 3.49}) {
            TimelineLayout frame = engine.layoutMoving(lanes, new TimeScale(start.t0(), start.pxPerDay() * factor), target,
                    1400, 100_000, 0, TODAY);
            noOverlapsInARow(frame);
            rows(frame).forEach((item, row) -> {
                if (startRows.containsKey(item)) {
                    assertThat(row).as("%s at %s times", item, factor).isEqualTo(startRows.get(item));
                }
            });
            assertThat(frame.lanes()).extracting(LaneBox::rowsUsed)
                    .containsExactlyElementsOf(settled.lanes().stream().map(LaneBox::rowsUsed).toList());
        }
        TimelineLayout arrived = engine.layout(lanes, target, 1400, 100_000, 0, TODAY);
        TimelineLayout fresh = new TimelineLayoutEngine(SyntheticEvents.MONO, LayoutStyle.standard())
                .layout(lanes, target, 1400, 100_000, 0, TODAY);
        assertThat(arrived.items()).isEqualTo(fresh.items());
        assertThat(arrived.clusters()).isEqualTo(fresh.clusters());
    }

    /** Zooming out in motion packs once, for where it goes: every frame shows that packing. */
    @Test
    void aZoomOutInMotionShowsThePackingOfWhereItGoes() {
        List<Lane> lanes = Lanes.build(SyntheticEvents.generate(3000, 42), LaneMode.KIND, LOOKUP);
        TimeScale start = around("2010-01-01", "2014-01-01", 1400);
        TimeScale target = new TimeScale(start.t0(), start.pxPerDay() / 3);
        engine.layout(lanes, start, 1400, 100_000, 0, TODAY);
        Map<String, Integer> targetRows = rows(new TimelineLayoutEngine(SyntheticEvents.MONO, LayoutStyle.standard())
                .layout(lanes, target, 1400, 100_000, 0, TODAY));
        for (double factor : new double[] {0.9, 0.6, 0.34}) {
            TimelineLayout frame = engine.layoutMoving(lanes, new TimeScale(start.t0(), start.pxPerDay() * factor), target,
                    1400, 100_000, 0, TODAY);
            noOverlapsInARow(frame);
            rows(frame).forEach((item, row) -> {
                if (targetRows.containsKey(item)) {
                    assertThat(row).as("%s at %s times", item, factor).isEqualTo(targetRows.get(item));
                }
            });
        }
    }

    /**
     * A filter on the years 1955–2026 shows those years whole though its events begin in 2013: the
     * last long title turns left into the empty years shown, as {@link ViewBounds} counted on,
     * rather than running past the end of the view and being cut to nothing.
     */
    @Test
    void theLastTitleTurnsLeftIntoTheEmptyYearsAFilterShows() {
        List<Event> events = List.of(
                new Event("first", "A", EventKind.MEETING, EventDate.parse("2013-03-01"), null, List.of(), "s", null,
                        List.of()),
                new Event("last", "Prime Minister's official visit to China and more", EventKind.MEETING,
                        EventDate.parse("2024-06-04"), null, List.of(), "s", null, List.of()));
        List<Lane> lanes = Lanes.build(events, LaneMode.KIND, LOOKUP);
        double from = LocalDate.of(1955, 1, 1).toEpochDay();
        double to = LocalDate.of(2027, 1, 1).toEpochDay();
        TimeScale scale = TimeScale.fit(from, to, 700 - LayoutStyle.standard().gutterWidth(), 10);
        ItemBox unbounded = engine.layout(lanes, scale, 700, 400, 0, TODAY).items().stream()
                .filter(b -> b.event().id().equals("last")).findFirst().orElseThrow();
        assertThat(unbounded.labelX()).as("no room left of it within the events' own years").isGreaterThan(unbounded.x1());

        engine.setTimeRange(from, to);
        TimelineLayout bounded = engine.layout(lanes, scale, 700, 400, 0, TODAY);
        ItemBox last = bounded.items().stream().filter(b -> b.event().id().equals("last")).findFirst().orElseThrow();
        assertThat(last.label()).isEqualTo("Prime Minister's official visit to China and more");
        assertThat(last.labelX()).isLessThan(last.x0());
        assertThat(last.labelX()).isGreaterThanOrEqualTo(bounded.plotLeft() + scale.x(from) - ViewBounds.LEFT_MARGIN);
    }
}
