package app.corridor.bench;

import app.corridor.layout.EventIndex;
import app.corridor.layout.Lane;
import app.corridor.layout.LaneMode;
import app.corridor.layout.Lanes;
import app.corridor.layout.LayoutStyle;
import app.corridor.layout.TimeScale;
import app.corridor.layout.TimelineLayout;
import app.corridor.layout.TimelineLayoutEngine;
import app.corridor.layout.ViewBounds;
import app.corridor.layout.TextStyle;
import app.corridor.model.Event;
import app.corridor.render.AwtFonts;
import app.corridor.render.Java2dSurface;
import app.corridor.render.RecordingSurface;
import app.corridor.render.Theme;
import app.corridor.render.TimelinePainter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One frame of the timeline on the generated data, lanes by kind, 1,400 × 900 pixels, at Fit all
 * (the densest view: every event in it) and 30× in. The kinds of frame:
 * <ul>
 *   <li>{@code zoomSettled}: a zoom that has come to rest at a level never packed before: every
 *   lane is packed again, then the frame's items emitted;</li>
 *   <li>{@code zoomAnimated}: a frame of an animated zoom (each at a new level): the packing made
 *   at the start is reused (see {@code TimelineLayoutEngine#layoutMoving});</li>
 *   <li>{@code pan}: the view moved sideways at the same zoom;</li>
 *   <li>{@code paintRecording} and {@code paintJava2d}: drawing a laid-out frame on a surface that
 *   records nothing, and on a Java2D image (the exports' surface);</li>
 *   <li>{@code afterEdit}: the frame that follows a curator's edit: one event made anew, the index
 *   of every event and its lanes built again, every lane packed (each label measured before is
 *   found again, not measured);</li>
 *   <li>{@code lanesByActor}: the frame that shows the lanes by actor again (grouped before, as
 *   the window keeps them), 1,284 lanes at 100,000 events, every one packed.</li>
 * </ul>
 * With the GC profiler the suite also reports bytes allocated per frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true"})
public class LayoutBench {

    private static final double WIDTH = 1400;
    private static final double HEIGHT = 900;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Param({"1000", "10000", "100000"})
    public int events;

    /** {@code fit}: every event in view; {@code zoomed}: 30 times in, in the busiest years. */
    @Param({"fit", "zoomed"})
    public String view;

    private List<Lane> lanes;
    private List<Lane> byActor;
    /** The events as a curator edits them: one replaced by a new object per {@link #afterEdit} frame. */
    private List<Event> edited;
    private TimelineLayoutEngine engine;
    private TimeScale scale;
    private int frame;
    private TimelineLayout laidOut;
    private final TimelinePainter painter = new TimelinePainter();
    private BufferedImage image;
    private Graphics2D graphics;
    private Java2dSurface java2d;
    private AwtFonts fonts;

    @Setup
    public void setUp() {
        EventIndex all = new EventIndex(BenchData.dataset(events).events());
        lanes = Lanes.build(all.all(), LaneMode.KIND, id -> null);
        java.util.Map<String, app.corridor.model.Actor> actors = new java.util.HashMap<>();
        BenchData.dataset(events).actors().forEach(a -> actors.put(a.id(), a));
        byActor = Lanes.build(all.all(), LaneMode.ACTOR, actors::get);
        edited = new ArrayList<>(all.all());
        fonts = new AwtFonts(Theme.light());
        engine = new TimelineLayoutEngine(fonts.measure(), LayoutStyle.standard());
        double plotWidth = WIDTH - LayoutStyle.standard().gutterWidth();
        ViewBounds bounds = new ViewBounds(all, e -> fonts.measure().width(e.title(), TextStyle.LABEL),
                LayoutStyle.standard().labelGap(), LayoutStyle.standard().maxLabelWidth());
        TimeScale fit = bounds.fitAll(plotWidth);
        scale = view.equals("fit") ? fit : fit.zoom(30, plotWidth * 0.8, bounds.limits(plotWidth));
        laidOut = engine.layout(lanes, scale, WIDTH, HEIGHT, 0, TODAY);
        image = new BufferedImage((int) WIDTH, (int) HEIGHT, BufferedImage.TYPE_INT_ARGB);
        graphics = image.createGraphics();
        java2d = new Java2dSurface(graphics, fonts);
    }

    @TearDown
    public void tearDown() {
        graphics.dispose();
    }

    /** Each frame at a level never packed before: the engine keeps a few levels, so nothing piles up. */
    @Benchmark
    public TimelineLayout zoomSettled() {
        double nudge = 1 + 1e-6 * (++frame);
        return engine.layout(lanes, new TimeScale(scale.t0(), scale.pxPerDay() * nudge), WIDTH, HEIGHT, 0, TODAY);
    }

    /**
     * {@link #zoomSettled} on the JVM settings the app runs on: the quick compiler alone and the
     * serial collector (see {@code ./corridor}). Both compilers hide costs that the quick one pays,
     * such as storing a reference into an array.
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC"})
    public TimelineLayout zoomSettledAsTheAppRuns() {
        return zoomSettled();
    }

    /** Zooming in from the settled view toward 1.25 times: the settled view's packing serves every frame. */
    @Benchmark
    public TimelineLayout zoomAnimated() {
        double step = 1 + 0.2 * (++frame % 100) / 100.0;
        return engine.layoutMoving(lanes, new TimeScale(scale.t0(), scale.pxPerDay() * step),
                new TimeScale(scale.t0(), scale.pxPerDay() * 1.25), WIDTH, HEIGHT, 0, TODAY);
    }

    @Benchmark
    public TimelineLayout pan() {
        return engine.layout(lanes, scale.pan((++frame % 200) - 100), WIDTH, HEIGHT, 0, TODAY);
    }

    /** A fresh surface each time: one kept across calls would hold every frame's records. */
    @Benchmark
    public TimelineLayout afterEdit() {
        int at = (++frame * 7919) % edited.size();
        Event e = edited.get(at);
        edited.set(at, new Event(e.id(), e.title(), e.kind(), e.date(), e.location(), e.participants(),
                e.summary(), e.note(), e.quotes()));
        List<Lane> editedLanes = Lanes.build(new EventIndex(edited).all(), LaneMode.KIND, id -> null);
        return engine.layout(editedLanes, scale, WIDTH, HEIGHT, 0, TODAY);
    }

    /** A list of its own each time: to the engine, lanes it has not packed for (their labels it has). */
    @Benchmark
    public TimelineLayout lanesByActor() {
        return engine.layout(new ArrayList<>(byActor), scale, WIDTH, HEIGHT, 0, TODAY);
    }

    @Benchmark
    public RecordingSurface paintRecording() {
        RecordingSurface recording = new RecordingSurface();
        painter.paint(laidOut, recording, Theme.light(), TimelinePainter.Decorations.NONE);
        return recording;
    }

    @Benchmark
    public BufferedImage paintJava2d() {
        painter.paint(laidOut, java2d, Theme.light(), TimelinePainter.Decorations.NONE);
        return image;
    }
}
