package app.corridor.ui.timeline;

import app.corridor.layout.AxisBreaks;
import app.corridor.layout.ClusterBox;
import app.corridor.layout.ExportLayoutEngine;
import app.corridor.layout.PiecewiseTimeAxis;
import app.corridor.layout.EventIndex;
import app.corridor.layout.ItemBox;
import app.corridor.layout.Lane;
import app.corridor.layout.LaneBox;
import app.corridor.layout.Lanes;
import app.corridor.layout.LayoutStyle;
import app.corridor.layout.TextStyle;
import app.corridor.layout.TimeScale;
import app.corridor.layout.TimelineLayout;
import app.corridor.layout.TimelineLayoutEngine;
import app.corridor.layout.ViewBounds;
import app.corridor.model.Event;
import app.corridor.render.Theme;
import app.corridor.i18n.CalendarWords;
import app.corridor.render.TimelinePainter;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleAttribute;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Draws a {@link TimelineView}: one canvas for the lane headers and lanes, the {@link OverviewStrip}
 * below, a scroll bar when lanes are taller than the view. It lives by the skin lifecycle: every
 * listener is registered through {@link SkinBase} (removed on dispose), a change only marks the
 * frame dirty and asks for a layout pass, and the frame is laid out and painted in
 * {@link #layoutChildren}, once per pulse however many changes came in. Input is handled by
 * {@link TimelineBehavior}; view commands arrive as {@link ViewRequestEvent}s.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    /** Lane headers are never narrower than this, nor (by default) wider than this share of the view. */
    static final double MIN_HEADER_WIDTH = 120;
    static final double MAX_HEADER_SHARE = 0.35;
    /** Room beside a lane name: its left inset and a gap before the plot. */
    private static final double HEADER_PADDING = 24;

    private final Canvas canvas = new Canvas();
    private final OverviewStrip overview = new OverviewStrip(this);
    private final ScrollBar vertical = new ScrollBar();
    /** The hovered event's tooltip, made when an event is first hovered (a popup window: costly to make). */
    private Tooltip tooltip;
    private TimelinePainter painter = new TimelinePainter();
    private final ScaleAnimator animator;
    private final TimelineBehavior behavior;
    private final EventHandler<ViewRequestEvent> requests = e -> {
        e.consume();
        perform(e.request());
    };

    private Theme theme;
    private FxFonts fonts;
    private TimelineLayoutEngine engine;
    private List<Lane> lanes;
    private ViewBounds bounds;
    private EventIndex contextIndex;
    private TimelineLayout layout;
    /** The frame must be laid out and painted again at the next layout pass. */
    private boolean dirty = true;
    /** The view asked for before the first layout, when the plot's width is not known yet. */
    private ViewRequest pendingView;
    private boolean viewSet;
    private double laidOutPlotWidth = Double.NaN;
    /** Fit all with its long empty stretches broken out, and the continuous scale that stands for it; null otherwise. */
    private PiecewiseTimeAxis broken;
    private TimeScale brokenScale;
    /** At the last layout the view was fully zoomed out: it stays so when the plot changes width. */
    private boolean wasAtFitAll;
    private boolean refitBroken;
    /** Fit all's breaks, kept for the events and bounds they were planned over (see {@link #breaksOf}). */
    private PlannedBreaks plannedBreaks;
    /**
     * The same events in the lanes of another mode since the last layout: the time span in view
     * stays as it is. Fit all would fit again to the new width of the plot (the lane headers' width
     * changes with the lanes), with room for the last labels, which can move the view by decades.
     */
    private boolean lanesRegrouped;
    /** Every event's lanes per lane mode, which the lanes shown are cut from. */
    private final LaneGroups laneGroups = new LaneGroups(this::lanesGrouped);
    /** The widest lane name, and the lanes and fonts it was measured for (see {@link #widestLaneName}). */
    private double widestName;
    private List<Lane> namesMeasuredFor;
    private FxFonts namesMeasuredWith;
    /** The lane of the selection a screen reader was last told, so that it is told a lane only when it changes. */
    private String previousLane;

    /** A plan of axis breaks and what it was made from. */
    private record PlannedBreaks(EventIndex events, double start, double end, AxisBreaks.Plan plan) {
    }

    TimelineSkin(TimelineView view) {
        super(view);
        animator = new ScaleAnimator(view::setScale, running -> updateSettled());
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setVisible(false);
        vertical.valueProperty().bindBidirectional(view.scrollYProperty());
        canvas.getStyleClass().add("timeline-canvas");
        getChildren().addAll(canvas, overview.canvas(), vertical);
        // Registered through SkinBase, so dispose() removes every one of them.
        registerInvalidationListener(view.scaleProperty(), x -> {
            if (broken != null && view.getScale() != brokenScale) {
                broken = null; // any other view is continuous: breaks belong to Fit all
            }
        });
        registerInvalidationListener(view.axisBreaksProperty(), x -> {
            if (broken != null || wasAtFitAll) {
                fitAllNow();
            }
        });
        for (Observable o : List.of(view.scaleProperty(), view.scrollYProperty(), view.hoveredEventProperty(),
                view.todayProperty(), view.emptyTextProperty(), view.emptyHintProperty())) {
            registerInvalidationListener(o, x -> markDirty());
        }
        registerInvalidationListener(view.laneModeProperty(), x -> {
            lanesRegrouped = true;
            relane();
        });
        registerInvalidationListener(view.languageProperty(), x -> {
            // New words everywhere: the painter's, the axis's (via the engine), the lanes'.
            painter = new TimelinePainter(view.getLanguage());
            theme = null;
            overview.invalidate();
            relane();
        });
        painter = new TimelinePainter(view.getLanguage());
        registerInvalidationListener(view.actorsProperty(), x -> relane());
        registerInvalidationListener(view.eventsProperty(), x -> eventsChanged());
        registerInvalidationListener(view.contextEventsProperty(), x -> {
            contextIndex = null;
            overview.invalidate();
            markDirty();
        });
        registerInvalidationListener(view.selectedEventProperty(), x -> selectionChanged());
        registerInvalidationListener(view.timeRangeProperty(), x -> {
            bounds = null;
            markDirty();
        });
        registerInvalidationListener(view.laneHeaderWidthProperty(), x -> view.requestLayout());
        registerInvalidationListener(view.overviewVisibleProperty(), x -> view.requestLayout());
        view.styleProperties().forEach(o -> registerInvalidationListener(o, x -> restyle()));
        registerListChangeListener(view.getStylesheets(), c -> restyle());
        view.addEventHandler(ViewRequestEvent.ANY, requests);
        behavior = new TimelineBehavior(view, this, canvas);
        view.setAccessibleText(describe(null));
    }

    @Override
    public void install() {
        super.install();
        ViewRequest waiting = getSkinnable().takePendingRequest();
        if (waiting != null) {
            perform(waiting);
        }
    }

    @Override
    public void dispose() {
        TimelineView view = getSkinnable();
        if (view == null) {
            return;
        }
        view.removeEventHandler(ViewRequestEvent.ANY, requests);
        vertical.valueProperty().unbindBidirectional(view.scrollYProperty());
        animator.stop();
        behavior.dispose();
        overview.dispose();
        if (tooltip != null) {
            Tooltip.uninstall(canvas, tooltip);
        }
        // Only ours: a skin that replaces this one may already have added its own children.
        getChildren().removeAll(canvas, overview.canvas(), vertical);
        view.setViewSettled(false);
        super.dispose();
    }

    private void markDirty() {
        dirty = true;
        TimelineView view = getSkinnable();
        if (view != null) {
            view.requestLayout();
        }
    }

    private void relane() {
        lanes = null;
        bounds = null;
        markDirty();
    }

    private void restyle() {
        theme = null;
        bounds = null;
        overview.invalidate();
        markDirty();
    }

    private void eventsChanged() {
        lanes = null;
        bounds = null;
        overview.matchesChanged();
        if (broken != null) {
            refitBroken = true; // Fit all stays Fit all, over the events now shown
        }
        // A continuous view keeps the span it shows when the events change; where it goes next is
        // the window's decision (it brings the results into view only when they are not).
        wasAtFitAll = false;
        TimelineView view = getSkinnable();
        Event selected = view.getSelectedEvent();
        // The events' own index (a filter result carries one): a binary search, not a scan.
        if (selected != null && !EventIndex.of(view.getEvents()).contains(selected)) {
            view.setSelectedEvent(null);
        }
        markDirty();
    }

    private void updateSettled() {
        TimelineView view = getSkinnable();
        if (view != null) {
            view.setViewSettled(viewSet && !animator.isRunning() && !laneGroups.isGrouping());
            if (!animator.isRunning()) {
                markDirty(); // the settled frame is packed for its own zoom
            }
        }
    }

    // ---- layout and drawing -------------------------------------------------------------------------

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView view = getSkinnable();
        double overviewHeight = view.isOverviewVisible() ? OverviewStrip.HEIGHT : 0;
        double canvasHeight = Math.max(0, h - overviewHeight);
        // Always kept free, shown or not: a plot that narrows when lanes outgrow the view would
        // move every event and undo a fit computed a moment earlier.
        double scrollWidth = vertical.prefWidth(-1);
        double oldPlotWidth = laidOutPlotWidth;
        // Fully zoomed out (Fit all) stays so when the plot changes width; any other view keeps its
        // zoom. The lanes of another mode (whose headers make the plot narrower or wider) keep the span.
        boolean keepSpan = lanesRegrouped;
        lanesRegrouped = false;
        boolean wasFitAll = !keepSpan && viewSet && bounds() != null && (wasAtFitAll || broken != null);
        canvas.setWidth(Math.max(0, w - scrollWidth));
        canvas.setHeight(canvasHeight);
        canvas.relocate(x, y);
        vertical.resizeRelocate(x + w - scrollWidth, y + LayoutStyle.standard().axisHeight(), scrollWidth,
                Math.max(0, canvasHeight - LayoutStyle.standard().axisHeight()));
        overview.canvas().setVisible(overviewHeight > 0);
        if (overview.canvas().getWidth() != w) {
            overview.invalidate();
        }
        overview.canvas().setWidth(w);
        overview.canvas().setHeight(overviewHeight);
        overview.canvas().relocate(x, y + canvasHeight);
        ensureStyle();
        if (engine != null) {
            engine.setGutterWidth(headerWidth());
        }
        view.setPlotWidth(plotWidth());
        view.setPlotLeft(headerWidth());
        laidOutPlotWidth = plotWidth();
        if (!viewSet && canvas.getWidth() > 0 && canvasHeight > 0) {
            viewSet = true;
            ViewRequest first = pendingView != null ? pendingView : new ViewRequest.Fit(1, false);
            pendingView = null;
            // The first view is where the window opens: nothing to glide from.
            perform(first, false);
            updateSettled();
        } else if (viewSet && (broken != null || refitBroken) && (oldPlotWidth != plotWidth() || refitBroken)) {
            refitBroken = false;
            fitAllNow();
        } else if (viewSet && oldPlotWidth != plotWidth() && bounds() != null) {
            animator.stop();
            // A resized plot keeps the span it showed (as a resized window or a folded side panel
            // should), or, fully zoomed out, stays so.
            TimeScale s = view.getScale();
            TimeScale sameSpan = Double.isNaN(oldPlotWidth) || oldPlotWidth <= 1 ? s
                    : new TimeScale(s.t0(), s.pxPerDay() * plotWidth() / oldPlotWidth);
            view.setScale(wasFitAll ? fitScale(1) : bounds().clamp(sameSpan, plotWidth()));
        }
        redrawNow();
        wasAtFitAll = bounds() != null && view.getScale().pxPerDay() <= limits().minPxPerDay() * (1 + 1e-9);
    }

    // Canvases are not resizable: their current size would otherwise become the control's minimum.
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 200;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 500;
    }

    /** The frame as it is now, laid out (and painted) first if anything changed since the last one. */
    TimelineLayout currentLayout() {
        if (dirty) {
            redrawNow();
        }
        return layout;
    }

    /** Lays out and paints both canvases; the layout kept is what hit tests see. */
    private void redrawNow() {
        TimelineView view = getSkinnable();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (view == null || w <= 0 || h <= 0) {
            return;
        }
        dirty = false;
        ensureStyle();
        engine.setGutterWidth(headerWidth());
        double[] range = view.timeRangeProperty().get();
        engine.setTimeRange(range == null ? Double.NaN : range[0], range == null ? Double.NaN : range[1]);
        if (broken != null) {
            layout = engine.layout(lanes(), broken, ViewBounds.LEFT_MARGIN, brokenScale, w, h,
                    view.scrollYProperty().get(), view.todayProperty().get());
        } else if (animator.isRunning()) {
            // In motion: a packing made at a lower zoom is reused; the frame that settles packs for its own.
            layout = engine.layoutMoving(lanes(), view.getScale(), animator.target(), w, h,
                    view.scrollYProperty().get(), view.todayProperty().get());
        } else {
            layout = engine.layout(lanes(), view.getScale(), w, h, view.scrollYProperty().get(),
                    view.todayProperty().get());
        }
        updateScrollBar(layout, h);
        String selected = view.getSelectedEvent() == null ? null : view.getSelectedEvent().id();
        String hovered = view.hoveredEventProperty().get() == null ? null : view.hoveredEventProperty().get().id();
        painter.paint(layout, new FxSurface(canvas.getGraphicsContext2D(), fonts), theme,
                new TimelinePainter.Decorations(selected, hovered, view.getEmptyText(), view.getEmptyHint(),
                        Lane::nativeLabel));
        if (view.isOverviewVisible()) {
            overview.paint(contextIndex(), view.indexProperty().get(), view.getScale(), plotWidth(), theme, fonts,
                    CalendarWords.of(view.getLanguage()),
                    view.todayProperty().get());
        }
    }

    /** The whole data set, for the overview (the shown events when no context is given). */
    private EventIndex contextIndex() {
        if (contextIndex == null) {
            List<Event> context = getSkinnable().getContextEvents();
            contextIndex = context.isEmpty() ? getSkinnable().indexProperty().get() : EventIndex.of(context);
        }
        return contextIndex;
    }

    private void updateScrollBar(TimelineLayout l, double h) {
        double visible = h - l.plotTop();
        double max = Math.max(0, l.contentHeight() - visible);
        vertical.setVisible(max > 0);
        vertical.setMax(max);
        vertical.setVisibleAmount(max <= 0 ? 1 : visible * max / l.contentHeight());
        vertical.setUnitIncrement(LayoutStyle.standard().rowHeight());
        vertical.setBlockIncrement(Math.max(LayoutStyle.standard().rowHeight(), visible * 0.9));
        if (getSkinnable().scrollYProperty().get() > max) {
            getSkinnable().scrollYProperty().set(max);
        }
    }

    /** Builds the theme from the control's CSS and the fonts and engine that depend on it. */
    private void ensureStyle() {
        if (theme != null) {
            return;
        }
        TimelineView v = getSkinnable();
        Theme base = v.backgroundColor().getBrightness() < 0.5 ? Theme.dark() : Theme.light();
        theme = base.withColors(FxSurface.rgba(v.backgroundColor()), FxSurface.rgba(v.textColor()),
                FxSurface.rgba(v.mutedTextColor()), FxSurface.rgba(v.gridColor()), FxSurface.rgba(v.accentColor()),
                FxSurface.rgba(v.todayLineColor()), FxSurface.rgba(v.stripeColor())).withFontSize(v.labelSize());
        java.util.Map<app.corridor.model.EventKind, app.corridor.render.Rgba> kinds =
                new java.util.EnumMap<>(app.corridor.model.EventKind.class);
        for (app.corridor.model.EventKind k : app.corridor.model.EventKind.values()) {
            kinds.put(k, FxSurface.rgba(v.kindColor(k)));
        }
        theme = theme.withKindColors(kinds);
        fonts = new FxFonts(theme);
        engine = new TimelineLayoutEngine(fonts.measure(), LayoutStyle.standard(),
                CalendarWords.of(getSkinnable().getLanguage()));
        engine.setMinRows(this::headerRows);
    }

    /** The broken axis of Fit all, or null when the view is continuous. */
    PiecewiseTimeAxis brokenAxis() {
        return broken;
    }

    OverviewStrip overviewStrip() {
        return overview;
    }

    List<Lane> lanes() {
        if (lanes == null) {
            TimelineView view = getSkinnable();
            EventIndex shown = view.indexProperty().get();
            EventIndex context = contextIndex();
            if ((shown == context || shown.parent() == context) && context.size() > 0) {
                // Every event, or a filter result cut from them: its lanes are cut from theirs (see FilteredLanes).
                lanes = laneGroups.lanesOf(context, view.getLaneMode(), view.actorsProperty().get(), view.getLanguage())
                        .of(shown);
                if (laneGroups.isGrouping()) {
                    view.setViewSettled(false); // until the lanes asked for are shown
                }
            } else {
                lanes = Lanes.build(view.getEvents(), view.getLaneMode(), view.actorsProperty().get(), view.getLanguage());
            }
        }
        return lanes;
    }

    /** A grouping made in the background is ready: the lanes shown become those of the mode asked for. */
    private void lanesGrouped() {
        lanesRegrouped = true;
        relane();
        updateSettled();
    }

    // ---- lane headers ----------------------------------------------------------------------------------

    /** The lane headers' width: the one the user dragged to, else one that fits every lane's name. */
    double headerWidth() {
        TimelineView view = getSkinnable();
        double max = Math.max(MIN_HEADER_WIDTH, canvas.getWidth() * MAX_HEADER_SHARE);
        double chosen = view.getLaneHeaderWidth();
        if (!Double.isNaN(chosen)) {
            return Math.max(MIN_HEADER_WIDTH, Math.min(Math.max(max, MIN_HEADER_WIDTH), chosen));
        }
        if (fonts == null) {
            return LayoutStyle.standard().gutterWidth();
        }
        return Math.max(MIN_HEADER_WIDTH, Math.min(max, Math.ceil(widestLaneName() + HEADER_PADDING)));
    }

    /** The widest lane name (or name in its own script), measured once per set of lanes and fonts. */
    private double widestLaneName() {
        List<Lane> all = lanes();
        if (all != namesMeasuredFor || fonts != namesMeasuredWith) {
            double widest = 0;
            for (Lane lane : all) {
                widest = Math.max(widest, fonts.measure().width(lane.label(), TextStyle.LANE));
                if (lane.nativeLabel() != null) {
                    widest = Math.max(widest, fonts.measure().width(lane.nativeLabel(), TextStyle.LANE));
                }
            }
            widestName = widest;
            namesMeasuredFor = all;
            namesMeasuredWith = fonts;
        }
        return widestName;
    }

    /** Rows a lane needs for its header: a name wrapped onto two lines, and a native name under it. */
    private int headerRows(Lane lane) {
        if (fonts == null) {
            return 1;
        }
        double room = headerWidth() - HEADER_PADDING;
        int lines = fonts.measure().width(lane.label(), TextStyle.LANE) > room ? 2 : 1;
        if (lane.nativeLabel() != null) {
            lines++;
        }
        LayoutStyle style = LayoutStyle.standard();
        double lineHeight = style.rowHeight() * TimelinePainter.HEADER_LINE_SHARE;
        return (int) Math.ceil((lines * lineHeight + 4) / style.rowHeight());
    }

    // ---- view commands ----------------------------------------------------------------------------

    double plotWidth() {
        return Math.max(1, canvas.getWidth() - headerWidth());
    }

    /** The bounds of the shown events with their labels' room; null when nothing is shown. */
    ViewBounds bounds() {
        if (bounds == null) {
            EventIndex index = getSkinnable().indexProperty().get();
            if (index.size() == 0) {
                return null;
            }
            ensureStyle();
            LayoutStyle style = LayoutStyle.standard();
            bounds = new ViewBounds(index, e -> fonts.measure().width(e.title(), TextStyle.LABEL),
                    style.labelGap(), style.maxLabelWidth());
            double[] range = getSkinnable().timeRangeProperty().get();
            if (range != null) {
                bounds.including(range[0], range[1]);
            }
        }
        return bounds;
    }

    /** The zoom limits: the bounds', or a decade down to five days when nothing is shown. */
    TimeScale.ZoomLimits limits() {
        ViewBounds b = bounds();
        return b != null ? b.limits(plotWidth())
                : TimeScale.ZoomLimits.forSpan(3653, plotWidth());
    }

    /** {@code target} held inside the bounds. */
    TimeScale clamp(TimeScale target) {
        ViewBounds b = bounds();
        return b == null ? target : b.clamp(target, plotWidth());
    }

    /** Fit all now, broken where the events leave long empty stretches and breaks are on. */
    private void fitAllNow() {
        if (!fitBroken()) {
            animator.stop();
            getSkinnable().setScale(fitScale(1));
        }
    }

    /**
     * Fit all on a broken axis, when breaks are on and the events leave a stretch long enough to
     * break out; false (and nothing done) otherwise.
     */
    private boolean fitBroken() {
        TimelineView view = getSkinnable();
        EventIndex index = view.indexProperty().get();
        ViewBounds b = bounds();
        if (!view.isAxisBreaks() || b == null) {
            return false;
        }
        AxisBreaks.Plan plan = breaksOf(index, b);
        if (plan.breaks().isEmpty()) {
            return false;
        }
        double width = Math.max(1, plotWidth() - ViewBounds.LEFT_MARGIN);
        double[] pads = new double[plan.stretches().size()];
        java.util.Arrays.fill(pads, ViewBounds.RIGHT_MARGIN);
        PiecewiseTimeAxis axis = PiecewiseTimeAxis.layout(plan, width, pads, ExportLayoutEngine.BREAK_WIDTH);
        // The last labels turn left where they can; what cannot gets its room, as in a continuous fit.
        pads[pads.length - 1] = b.labelRoom(axis.pxPerDay(), plotWidth());
        axis = PiecewiseTimeAxis.layout(plan, width, pads, ExportLayoutEngine.BREAK_WIDTH);
        double from = axis.time(-ViewBounds.LEFT_MARGIN);
        double to = axis.time(plotWidth() - ViewBounds.LEFT_MARGIN);
        animator.stop();
        broken = axis;
        brokenScale = new TimeScale(from, plotWidth() / Math.max(1e-6, to - from));
        view.setScale(brokenScale);
        markDirty();
        return true;
    }

    /**
     * The breaks of Fit all over {@code index}, planned once for these events and bounds: clearing a
     * filter goes back to the same events, and a resize of a broken Fit all fits again at every
     * frame (a plan of 100,000 events took about 2 ms of the UI thread, at every clear).
     */
    private AxisBreaks.Plan breaksOf(EventIndex index, ViewBounds b) {
        PlannedBreaks p = plannedBreaks;
        if (p == null || p.events() != index || p.start() != b.start() || p.end() != b.end()) {
            List<AxisBreaks.Span> spans = new java.util.ArrayList<>(index.size());
            for (int i = 0; i < index.size(); i++) {
                spans.add(new AxisBreaks.Span(index.start(i), index.end(i)));
            }
            p = new PlannedBreaks(index, b.start(), b.end(), AxisBreaks.plan(b.start(), b.end(), spans));
            plannedBreaks = p;
        }
        return p.plan();
    }

    /**
     * Leaves a broken axis for the continuous one that matches it at plot x {@code anchorX}: the
     * time under the pointer stays under it as a zoom or a drag begins.
     */
    void unbreak(double anchorX) {
        if (broken == null) {
            return;
        }
        double px = broken.pxPerDay();
        double t = broken.time(anchorX - ViewBounds.LEFT_MARGIN);
        getSkinnable().setScale(new TimeScale(t - anchorX / px, px));
    }

    /** Moves the view at once (a drag, a scroll), inside the bounds. */
    void move(TimeScale target) {
        animator.stop();
        getSkinnable().setScale(clamp(target));
    }

    private void perform(ViewRequest request) {
        perform(request, true);
    }

    /** Carries out {@code request}, or keeps it for the first layout when the plot has no width yet. */
    private void perform(ViewRequest request, boolean animate) {
        if (!viewSet) {
            pendingView = request;
            return;
        }
        if (request instanceof ViewRequest.Zoom z) {
            zoomAround(z.factor(), Double.NaN);
        } else if (request instanceof ViewRequest.Fit f) {
            if (f.share() >= 1 && fitBroken()) {
                return;
            }
            apply(fitScale(f.share()), animate && f.animate());
        } else if (request instanceof ViewRequest.ShowRange r) {
            apply(exactScale(r.start(), r.end()), animate && r.animate());
        } else if (request instanceof ViewRequest.FitRange r) {
            apply(rangeScale(r.start(), r.end(), r.minDays()), animate && r.animate());
        } else if (request instanceof ViewRequest.Reveal r) {
            reveal(r.event());
        }
    }

    /** Moves the view to {@code target} (held inside the bounds), gliding there unless animation is off. */
    void apply(TimeScale target, boolean animate) {
        TimelineView view = getSkinnable();
        // Worked out for the plot as it is now (new lanes may have changed the headers' width):
        // the next layout pass must not take that for a resize.
        laidOutPlotWidth = plotWidth();
        TimeScale to = clamp(target);
        if (!animate || !view.isAnimated() || view.getScene() == null) {
            animator.stop();
            view.setScale(to);
        } else {
            animator.glide(view.getScale(), to, plotWidth());
        }
    }

    /** Zooms by {@code factor} around plot x {@code anchorX} (NaN: the middle), continuing any running zoom. */
    void zoomAround(double factor, double anchorX) {
        TimelineView view = getSkinnable();
        double anchor = Double.isNaN(anchorX) ? plotWidth() / 2 : anchorX;
        unbreak(anchor);
        TimeScale from = animator.target() != null ? animator.target() : view.getScale();
        TimeScale to = clamp(from.zoom(factor, anchor, limits()));
        if (!view.isAnimated() || view.getScene() == null) {
            animator.stop();
            view.setScale(to);
        } else {
            animator.zoom(view.getScale(), to, anchor);
        }
    }

    /**
     * The scale that fits the latest {@code share} of the events (all of them for 1), with room for
     * the last labels; a decade up to today when nothing is shown.
     */
    private TimeScale fitScale(double share) {
        ViewBounds b = bounds();
        if (b == null) {
            double today = getSkinnable().todayProperty().get().toEpochDay();
            return TimeScale.fit(today - 3652, today + 180, plotWidth(), ViewBounds.LEFT_MARGIN);
        }
        double[] recent = getSkinnable().indexProperty().get().recentSpan(share);
        return b.fitFrom(recent[0], plotWidth());
    }

    private TimeScale rangeScale(double start, double end, double minDays) {
        ViewBounds b = bounds();
        if (b == null) {
            return TimeScale.fit(start, end, plotWidth(), 0);
        }
        return b.show(start, end, minDays, plotWidth());
    }

    /** {@code [start, end)} exactly across the plot (as far as the zoom limits allow). */
    private TimeScale exactScale(double start, double end) {
        double px = limits().clamp(plotWidth() / Math.max(1e-3, end - start));
        double centre = (start + end) / 2;
        return new TimeScale(centre - plotWidth() / 2 / px, px);
    }

    /** The overview asks to show {@code [start, end)}: at once while dragging, gliding after a click. */
    void showOverviewWindow(double start, double end, boolean animate) {
        apply(exactScale(start, end), animate);
    }

    void reveal(Event event) {
        TimeScale s = getSkinnable().getScale();
        double start = event.date().startEpochDay();
        double end = event.date().endEpochDayExclusive();
        double left = s.time(0);
        double right = s.time(plotWidth());
        if (start < left || end > right) {
            double centre = (start + end) / 2;
            apply(new TimeScale(centre - plotWidth() / 2 / s.pxPerDay(), s.pxPerDay()), true);
        }
        revealVertically(event);
    }

    private void revealVertically(Event event) {
        currentLayout();
        if (layout == null) {
            return;
        }
        int lane = laneOf(event);
        if (lane < 0) {
            return;
        }
        LaneBox box = layout.lanes().get(lane);
        double scroll = getSkinnable().scrollYProperty().get();
        double laneTop = box.y() + scroll - layout.plotTop();
        double visible = canvas.getHeight() - layout.plotTop();
        if (laneTop < scroll || laneTop + box.height() > scroll + visible) {
            getSkinnable().scrollYProperty().set(Math.max(0, Math.min(vertical.getMax(), laneTop)));
        }
    }

    /** The index of the first lane that holds {@code event}, or -1. */
    int laneOf(Event event) {
        List<Lane> all = lanes();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).events().contains(event)) {
                return i;
            }
        }
        return -1;
    }

    /** Scrolls the lanes by {@code dy} pixels (positive: down the list). */
    void scrollLanes(double dy) {
        TimelineView view = getSkinnable();
        view.scrollYProperty().set(Math.max(0, Math.min(vertical.getMax(), view.scrollYProperty().get() + dy)));
    }

    // ---- hover, hit tests and accessibility ----------------------------------------------------------

    Optional<ItemBox> itemAt(double x, double y) {
        return layout == null ? Optional.empty() : layout.itemAt(x, y);
    }

    Optional<ClusterBox> clusterAt(double x, double y) {
        return layout == null ? Optional.empty() : layout.clusterAt(x, y);
    }

    void hover(Event event) {
        TimelineView view = getSkinnable();
        if (event == view.hoveredEventProperty().get()) {
            return;
        }
        view.setHoveredEvent(event);
        if (event == null) {
            if (tooltip != null) {
                Tooltip.uninstall(canvas, tooltip);
            }
        } else {
            if (tooltip == null) {
                tooltip = new Tooltip();
                tooltip.setShowDelay(Duration.millis(250));
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(420);
            }
            tooltip.setText(TimelineText.of(getSkinnable().getLanguage()).tooltip(event));
            Tooltip.install(canvas, tooltip);
        }
    }

    private void selectionChanged() {
        TimelineView view = getSkinnable();
        view.setAccessibleText(describe(view.getSelectedEvent()));
        view.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        markDirty();
    }

    /**
     * What a screen reader says for the selection: its title, date in words, kind, the lane when it
     * is not the one it was in before, and its place in time order ("2 of 37").
     */
    private String describe(Event e) {
        TimelineView view = getSkinnable();
        EventIndex index = view.indexProperty().get();
        int n = index.size();
        if (e == null) {
            previousLane = null;
            return TimelineText.of(view.getLanguage()).none(n);
        }
        int lane = laneOf(e);
        String laneName = lane < 0 ? null : lanes().get(lane).label();
        boolean laneChanged = laneName != null && !laneName.equals(previousLane);
        previousLane = laneName;
        return TimelineText.of(view.getLanguage()).selected(e, laneChanged ? laneName : null, index.indexOf(e) + 1, n);
    }
}
