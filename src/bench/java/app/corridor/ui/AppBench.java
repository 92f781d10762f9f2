package app.corridor.ui;

import app.corridor.layout.LaneMode;
import app.corridor.model.Actor;
import app.corridor.model.Event;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import app.corridor.ui.timeline.TimelineView;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;
import org.testfx.api.FxToolkit;

/**
 * The app's own benchmark, headless (Monocle, software rendering) unless {@code -Dbench.display=true}
 * (then on the real display, e.g. under Xvfb): the real {@link CorridorApp} on a dataset and a
 * store, measuring what a user waits for, frame by frame. Not a test: it prints figures, one per
 * line ({@code name value unit}), and asserts nothing.
 *
 * <ul>
 *   <li>start: from the JVM's start to the toolkit, the window, and the first frame that paints the
 *   timeline with its events (the store is built before if it is not);</li>
 *   <li>memory: heap in use after that and a full collection, the process's resident size and peak;</li>
 *   <li>filters: a change of the years, an actor, the search text, and clearing them, each from
 *   the moment it is set to the first frame that shows its result (several rounds), and of that
 *   the app's own work, without the wait for the toolkit's next pulse ({@code filter.work.*});</li>
 *   <li>lanes: a change of what the lanes group by (actor, country, kind), from the moment it is
 *   set to the end of the first layout pass that shows the new lanes, and the longest layout pass
 *   meanwhile ({@code lanes.work.*}: what held the UI thread, such as grouping, packing and drawing
 *   every lane); the first change to each mode ({@code lanes.first.*}) apart from the rounds that
 *   follow;</li>
 *   <li>animated zoom: a wheel notch at Fit all, in and out, to the first frame that shows a
 *   change, then the frames of the glide (their spacing is the frame rate).</li>
 * </ul>
 *
 * <p>It uses only what every version of the app has had since 0.1.0, so the same class measures an
 * older build (put its jar first on the class path) and this one alike:
 * <pre>java -cp "bench-classes:target/corridor.jar:…" app.corridor.ui.AppBench DATASET_DIR STORE_DIR [rounds]</pre>
 * {@code ./mvnw -Pbench verify} runs it in a fresh JVM per dataset size after the JMH suite.
 */
public final class AppBench {

    private static final long TIMEOUT_SECONDS = 300;

    private final CorridorApp app;
    private final Scene scene;
    private final TimelineView timeline;
    /** Post-layout checks: each runs after every layout pass, on the UI thread, until it returns true. */
    private final List<BooleanSupplier> watchers = Collections.synchronizedList(new ArrayList<>());

    private AppBench(CorridorApp app) {
        this.app = app;
        this.scene = app.window().scene();
        this.timeline = app.window().timeline();
    }

    /** Starts watching every layout pass (on the UI thread, as the scene asks). */
    private AppBench listen() throws Exception {
        CompletableFuture<Boolean> added = new CompletableFuture<>();
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(() -> {
                synchronized (watchers) {
                    watchers.removeIf(BooleanSupplier::getAsBoolean);
                }
            });
            added.complete(true);
        });
        added.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return this;
    }

    public static void main(String[] args) throws Exception {
        double mainAt = uptimeMs();
        if (args.length < 2) {
            System.err.println("usage: AppBench DATASET_DIR STORE_DIR [rounds]");
            System.exit(2);
        }
        Path dataset = Path.of(args[0]).resolve("events.json");
        Path store = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (!Boolean.getBoolean("bench.display")) {
            headless();
        }
        Files.createDirectories(store);
        FxToolkit.registerPrimaryStage();
        double toolkitAt = uptimeMs();
        CorridorApp app = (CorridorApp) FxToolkit.setupApplication(CorridorApp.class, "--dataset=" + dataset,
                "--store-dir=" + store);
        double shownAt = uptimeMs();
        AppBench bench = new AppBench(app).listen();
        double firstFrameAt = bench.firstFrame();
        print("start.jvm", mainAt, "ms");
        print("start.toolkit", toolkitAt, "ms");
        print("start.window", shownAt, "ms");
        print("start.firstFrame", firstFrameAt, "ms");
        // A first start shows the data before its store is built: the next JVM must find it built.
        print("start.storeReady", bench.storeReady(), "ms");
        bench.settle();
        bench.memory();
        if (rounds > 0) {
            bench.filters(rounds);
            bench.lanes(rounds);
            bench.zoom(rounds);
        }
        // A reader's session outlasts its store's build by more than the two seconds a file's time
        // needs to be trusted; closed sooner, the store built would not be recorded sound, and the
        // next start would check it whole (a start after a change to the file or a crash).
        awaitAge(store.resolve("corridor.db"), 2_500);
        FxToolkit.cleanupApplication(app);
        System.exit(0);
    }

    /** Waits until {@code file} (if there is one) was last modified at least {@code ms} ago. */
    private static void awaitAge(Path file, long ms) throws Exception {
        if (Files.exists(file)) {
            long left = Files.getLastModifiedTime(file).toMillis() + ms - System.currentTimeMillis();
            if (left > 0) {
                Thread.sleep(left);
            }
        }
    }

    /** Monocle's headless platform and the software pipeline, as the tests use them. */
    private static void headless() {
        Map<String, String> props = Map.of("testfx.robot", "glass", "testfx.headless", "true", "glass.platform",
                "Monocle", "monocle.platform", "Headless", "prism.order", "sw", "prism.text", "t2k",
                "headless.geometry", "1920x1200-32");
        props.forEach((k, v) -> {
            if (System.getProperty(k) == null) {
                System.setProperty(k, v);
            }
        });
    }

    /** Milliseconds since the JVM started (a process's own start time, as Linux reports it, is not reliable). */
    private static double uptimeMs() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s %.1f %s", name, value, unit));
    }

    /** Uptime at the first layout pass after which the timeline shows events and no loading overlay. */
    private double firstFrame() throws Exception {
        CompletableFuture<Double> at = new CompletableFuture<>();
        watch(() -> {
            if (scene.lookup("#loading") == null && !timeline.getEvents().isEmpty()
                    && timeline.currentLayout() != null && !timeline.currentLayout().items().isEmpty()) {
                at.complete(uptimeMs());
                return true;
            }
            return false;
        });
        return at.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Uptime at the first pulse after which the store is open (right away unless a first start builds it). */
    private double storeReady() throws Exception {
        CompletableFuture<Double> at = new CompletableFuture<>();
        watch(() -> {
            if (!app.model().storeBuildingProperty().get()) {
                at.complete(uptimeMs());
                return true;
            }
            return false;
        });
        return at.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private void watch(BooleanSupplier check) {
        watchers.add(check);
        Platform.runLater(() -> Platform.requestNextPulse());
    }

    /** Waits until no query runs, the view stands still, and a few frames have passed. */
    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            watch(() -> {
                if (!app.model().queryingProperty().get() && timeline.isViewSettled()) {
                    done.complete(true);
                    return true;
                }
                return false;
            });
            done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Thread.sleep(50);
        }
    }

    private void memory() throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Thread.sleep(200);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        print("memory.heapAfterGc", heap / 1e6, "MB");
        Map<String, Long> status = procStatus();
        print("memory.rss", status.getOrDefault("VmRSS", 0L) / 1e3, "MB");
        print("memory.rssPeak", status.getOrDefault("VmHWM", 0L) / 1e3, "MB");
    }

    /** kB figures of /proc/self/status (Linux), or nothing. */
    private static Map<String, Long> procStatus() {
        Map<String, Long> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                String[] parts = line.split("\\s+");
                if (parts.length >= 2 && parts[0].endsWith(":") && parts[1].matches("\\d+")) {
                    values.put(parts[0].substring(0, parts[0].length() - 1), Long.parseLong(parts[1]));
                }
            }
        } catch (Exception e) {
            // not Linux: no figures
        }
        return values;
    }

    // ---- filters -----------------------------------------------------------------------------------

    private void filters(int rounds) throws Exception {
        String busiest = busiestActor();
        List<Event> all = app.model().getDataset().events();
        int lastYear = all.stream().mapToInt(e -> e.date().lastDay().getYear()).max().orElse(2025);
        Map<String, EventFilter> steps = new java.util.LinkedHashMap<>();
        steps.put("years", EventFilter.all().withRange(PartialDate.ofYear(lastYear - 15), PartialDate.ofYear(lastYear - 10)));
        steps.put("actor", EventFilter.all().withActors(Set.of(busiest), false));
        steps.put("text", EventFilter.all().withText("gwadar"));
        Map<String, List<Double>> times = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> work = new java.util.LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, EventFilter> step : steps.entrySet()) {
                measureFilter(step.getKey(), step.getValue(), times, work);
                // Clearing is measured from each filter back to everything.
                measureFilter("clear", EventFilter.all(), times, work);
            }
        }
        times.forEach((name, list) -> summary("filter." + name, list));
        work.forEach((name, list) -> summary("filter.work." + name, list));
    }

    private void measureFilter(String name, EventFilter f, Map<String, List<Double>> times,
                               Map<String, List<Double>> work) throws Exception {
        double[] took = filterToFrame(f);
        times.computeIfAbsent(name, k -> new ArrayList<>()).add(took[0]);
        work.computeIfAbsent(name, k -> new ArrayList<>()).add(took[1]);
        settle();
    }

    private String busiestActor() {
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : app.model().getDataset().events()) {
            e.participants().forEach(p -> counts.merge(p.actorId(), 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(app.model().getDataset().actors().stream().map(Actor::id).findFirst().orElse(""));
    }

    /**
     * Milliseconds from setting {@code f} to the end of the first layout pass that shows its result,
     * and of that the app's own work: until the result is set on the UI thread, plus the pulse that
     * shows it from its start (CSS, layout and the timeline's drawing) to the end of its layout. The
     * rest is the wait for that pulse, which the toolkit starts every 16 ms whatever the app
     * does: this harness sets each filter a fixed 50 ms after a pulse (see {@link #settle}), about
     * 2.5 ms into a 16 ms pulse period, so its result nearly always waits for the next one.
     */
    private double[] filterToFrame(EventFilter f) throws Exception {
        CompletableFuture<double[]> took = new CompletableFuture<>();
        Platform.runLater(() -> {
            List<Event> before = app.model().getFilteredEvents();
            long[] resultAt = new long[1];
            long[] pulseAt = new long[1];
            javafx.beans.value.ChangeListener<List<Event>> set = (o, a, b) -> {
                if (resultAt[0] == 0) {
                    resultAt[0] = System.nanoTime();
                }
            };
            Runnable pulse = () -> {
                if (resultAt[0] != 0 && pulseAt[0] == 0) {
                    pulseAt[0] = System.nanoTime();
                }
            };
            app.model().filteredEventsProperty().addListener(set);
            scene.addPreLayoutPulseListener(pulse);
            long t0 = System.nanoTime();
            watchers.add(() -> {
                if (app.model().getFilteredEvents() != before && !app.model().queryingProperty().get()) {
                    long t = System.nanoTime();
                    app.model().filteredEventsProperty().removeListener(set);
                    scene.removePreLayoutPulseListener(pulse);
                    long pulseStart = pulseAt[0] != 0 ? pulseAt[0] : t;
                    took.complete(new double[] {(t - t0) / 1e6, (resultAt[0] - t0 + t - pulseStart) / 1e6});
                    return true;
                }
                return false;
            });
            app.model().filterProperty().set(f);
        });
        return took.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    // ---- lanes ---------------------------------------------------------------------------------------

    private void lanes(int rounds) throws Exception {
        Map<String, List<Double>> times = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> work = new java.util.LinkedHashMap<>();
        for (int r = 0; r <= rounds; r++) {
            for (LaneMode mode : List.of(LaneMode.ACTOR, LaneMode.COUNTRY, LaneMode.KIND)) {
                double[] took = lanesToFrame(mode);
                String name = mode.name().toLowerCase(Locale.ROOT);
                if (r == 0) {
                    // The first time a mode is shown (by kind: back to the lanes of the start).
                    print("lanes.first." + name, took[0], "ms");
                    print("lanes.first.work." + name, took[1], "ms");
                } else {
                    times.computeIfAbsent(name, k -> new ArrayList<>()).add(took[0]);
                    work.computeIfAbsent(name, k -> new ArrayList<>()).add(took[1]);
                }
                settle();
            }
        }
        times.forEach((name, list) -> summary("lanes." + name, list));
        work.forEach((name, list) -> summary("lanes.work." + name, list));
    }

    /**
     * Milliseconds from setting the lane mode to the end of the first layout pass that lays out
     * lanes of that mode, and the longest layout pass from the change to that one, from its start
     * to its end: how long the window could not answer.
     */
    private double[] lanesToFrame(LaneMode mode) throws Exception {
        CompletableFuture<double[]> took = new CompletableFuture<>();
        Platform.runLater(() -> {
            long[] pulseAt = new long[1];
            double[] longest = new double[1];
            Runnable pulse = () -> pulseAt[0] = System.nanoTime();
            scene.addPreLayoutPulseListener(pulse);
            long t0 = System.nanoTime();
            watchers.add(() -> {
                long t = System.nanoTime();
                longest[0] = Math.max(longest[0], (t - Math.max(pulseAt[0], t0)) / 1e6);
                var layout = timeline.currentLayout();
                if (layout == null || layout.lanes().isEmpty() || !isOf(layout.lanes().get(0).lane().key(), mode)) {
                    return false;
                }
                scene.removePreLayoutPulseListener(pulse);
                took.complete(new double[] {(t - t0) / 1e6, longest[0]});
                return true;
            });
            app.model().laneModeProperty().set(mode);
        });
        return took.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Whether a lane keyed {@code key} is one of {@code mode}'s (actors' and countries' keys say so). */
    private static boolean isOf(String key, LaneMode mode) {
        boolean actor = key.startsWith("actor-");
        boolean country = key.startsWith("country-");
        return switch (mode) {
            case ACTOR -> actor;
            case COUNTRY -> country;
            case KIND -> !actor && !country;
        };
    }

    // ---- animated zoom -----------------------------------------------------------------------------

    private void zoom(int rounds) throws Exception {
        Platform.runLater(() -> {
            timeline.setAnimated(true);
            timeline.fitAll();
        });
        settle();
        List<Double> firstChange = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        List<Double> frames = new ArrayList<>();
        for (int r = 0; r < rounds * 2; r++) {
            double[] result = notch(r % 2 == 0 ? 1 : -1, gaps);
            firstChange.add(result[0]);
            frames.add(result[1]);
            settle();
        }
        summary("zoom.firstChange", firstChange);
        summary("zoom.frameInterval", gaps);
        summaryOf("zoom.framesPerNotch", frames, "frames");
        double median = median(gaps);
        print("zoom.fps", median > 0 ? 1000 / median : 0, "fps");
    }

    /**
     * One wheel notch at the middle of the plot: milliseconds to the first frame with a new scale,
     * and how many frames the glide took; the gaps between its frames go into {@code gaps}.
     */
    private double[] notch(double notches, List<Double> gaps) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Node canvas = timeline.lookup(".timeline-canvas");
            double x = timeline.plotLeft() + timeline.plotWidth() / 2;
            double y = 200;
            Point2D screen = canvas.localToScreen(x, y);
            Point2D inScene = canvas.localToScene(x, y);
            Object before = timeline.getScale();
            List<Long> frameTimes = new ArrayList<>();
            long t0 = System.nanoTime();
            watchers.add(() -> {
                if (timeline.getScale() != before) {
                    frameTimes.add(System.nanoTime());
                }
                if (!frameTimes.isEmpty() && timeline.isViewSettled()) {
                    for (int i = 1; i < frameTimes.size(); i++) {
                        gaps.add((frameTimes.get(i) - frameTimes.get(i - 1)) / 1e6);
                    }
                    done.complete(new double[] {(frameTimes.get(0) - t0) / 1e6, frameTimes.size()});
                    return true;
                }
                return false;
            });
            javafx.event.Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, inScene.getX(), inScene.getY(),
                    screen.getX(), screen.getY(), false, false, false, false, false, false, 0, 40 * notches, 0,
                    40 * notches, 40, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.LINES, notches, 0, null));
        });
        return done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    // ---- figures -----------------------------------------------------------------------------------

    private static void summary(String name, List<Double> values) {
        summaryOf(name, values, "ms");
    }

    private static void summaryOf(String name, List<Double> values, String unit) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return;
        }
        System.out.println(String.format(Locale.ROOT, "%s min %.1f median %.1f max %.1f %s (n=%d)", name,
                sorted.get(0), median(sorted), sorted.get(sorted.size() - 1), unit, sorted.size()));
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
