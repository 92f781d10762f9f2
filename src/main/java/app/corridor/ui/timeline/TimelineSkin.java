package app.corridor.ui.timeline;

import app.corridor.layout.ClusterBox;
import app.corridor.layout.EventIndex;
import app.corridor.layout.ItemBox;
import app.corridor.layout.Lane;
import app.corridor.layout.Lanes;
import app.corridor.layout.LayoutStyle;
import app.corridor.layout.TimeScale;
import app.corridor.layout.TimelineLayout;
import app.corridor.layout.TimelineLayoutEngine;
import app.corridor.model.Event;
import app.corridor.render.Theme;
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
 * Draws a {@link TimelineView}: one canvas for the lanes, a strip below for the overview, a scroll
 * bar when lanes are taller than the view. Redraws are coalesced to one per pulse. Input is handled
 * by {@link TimelineBehavior}. Every listener added here is removed in {@link #dispose()}.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    static final double OVERVIEW_HEIGHT = 44;
    private static final double FIT_MARGIN = 24;

    private final Canvas canvas = new Canvas();
    private final Canvas overview = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final TimelinePainter painter = new TimelinePainter();
    private final ScaleAnimator animator;
    private final TimelineBehavior behavior;
    private final EventHandler<ViewRequestEvent> requests = e -> {
        e.consume();
        perform(e.request());
    };

    private Theme theme;
    private FxFonts fonts;
    private TimelineLayoutEngine engine;
    private TimelineLayoutEngine overviewEngine;
    private List<Lane> lanes;
    private List<Lane> overviewLanes;
    private TimelineLayout layout;
    /** The frame must be laid out and painted again at the next layout pass. */
    private boolean dirty = true;
    /** The view asked for before the first layout, when the plot's width is not known yet. */
    private ViewRequest pendingView;
    private boolean viewSet;

    TimelineSkin(TimelineView view) {
        super(view);
        animator = new ScaleAnimator(view::setScale, running -> updateSettled());
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setVisible(false);
        vertical.valueProperty().bindBidirectional(view.scrollYProperty());
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        canvas.getStyleClass().add("timeline-canvas");
        overview.getStyleClass().add("timeline-overview");
        getChildren().addAll(canvas, overview, vertical);
        // Registered through SkinBase, so dispose() removes every one of them.
        for (Observable o : List.of(view.scaleProperty(), view.scrollYProperty(), view.hoveredEventProperty(),
                view.todayProperty())) {
            registerInvalidationListener(o, x -> markDirty());
        }
        registerInvalidationListener(view.laneModeProperty(), x -> relane());
        registerInvalidationListener(view.actorsProperty(), x -> relane());
        registerInvalidationListener(view.eventsProperty(), x -> eventsChanged());
        registerInvalidationListener(view.selectedEventProperty(), x -> selectionChanged());
        view.styleProperties().forEach(o -> registerInvalidationListener(o, x -> restyle()));
        registerListChangeListener(view.getStylesheets(), c -> restyle());
        view.addEventHandler(ViewRequestEvent.ANY, requests);
        behavior = new TimelineBehavior(view, this, canvas, overview);
        view.setAccessibleText(describeSelection());
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
        Tooltip.uninstall(canvas, tooltip);
        // Only ours: a skin that replaces this one may already have added its own children.
        getChildren().removeAll(canvas, overview, vertical);
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
        markDirty();
    }

    private void restyle() {
        theme = null;
        markDirty();
    }

    private void selectionChanged() {
        TimelineView view = getSkinnable();
        view.setAccessibleText(describeSelection());
        view.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        markDirty();
    }

    private void updateSettled() {
        TimelineView view = getSkinnable();
        if (view != null) {
            view.setViewSettled(viewSet && !animator.isRunning());
        }
    }

    // ---- layout and drawing -------------------------------------------------------------------------

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double canvasHeight = Math.max(0, h - OVERVIEW_HEIGHT);
        // Always kept free, shown or not: a plot that narrows when lanes outgrow the view would
        // move every event and undo a fit computed a moment earlier.
        double scrollWidth = vertical.prefWidth(-1);
        canvas.setWidth(Math.max(0, w - scrollWidth));
        canvas.setHeight(canvasHeight);
        canvas.relocate(x, y);
        vertical.resizeRelocate(x + w - scrollWidth, y + LayoutStyle.standard().axisHeight(), scrollWidth,
                Math.max(0, canvasHeight - LayoutStyle.standard().axisHeight()));
        overview.setWidth(w);
        overview.setHeight(OVERVIEW_HEIGHT);
        overview.relocate(x, y + canvasHeight);
        getSkinnable().setPlotWidth(plotWidth());
        if (!viewSet && canvas.getWidth() > 0 && canvasHeight > 0) {
            viewSet = true;
            ViewRequest first = pendingView != null ? pendingView : new ViewRequest.Fit(1, false);
            pendingView = null;
            // The first view is where the window opens: nothing to glide from.
            perform(first, false);
            updateSettled();
        }
        redrawNow();
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
        if (lanes == null) {
            lanes = Lanes.build(view.getEvents(), view.getLaneMode(), view.actorsProperty().get());
            overviewLanes = view.getEvents().isEmpty() ? List.of()
                    : List.of(new Lane("all", "All", view.indexProperty().get()));
        }
        layout = engine.layout(lanes, view.getScale(), w, h, view.scrollYProperty().get(), view.todayProperty().get());
        updateScrollBar(layout, h);
        String selected = view.getSelectedEvent() == null ? null : view.getSelectedEvent().id();
        String hovered = view.hoveredEventProperty().get() == null ? null : view.hoveredEventProperty().get().id();
        painter.paint(layout, new FxSurface(canvas.getGraphicsContext2D(), fonts), theme,
                new TimelinePainter.Decorations(selected, hovered, TimelinePainter.Decorations.NONE.emptyTitle(),
                        TimelinePainter.Decorations.NONE.emptyHint()));
        paintOverview();
    }

    private void paintOverview() {
        double w = overview.getWidth();
        EventIndex index = getSkinnable().indexProperty().get();
        TimeScale overviewScale = overviewScale(w);
        TimelineLayout small = overviewEngine.layout(overviewLanes, overviewScale, w, OVERVIEW_HEIGHT, 0,
                getSkinnable().todayProperty().get());
        TimeScale main = getSkinnable().getScale();
        double left = overviewScale.x(main.time(0));
        double right = overviewScale.x(main.time(plotWidth()));
        painter.paintOverview(small, new FxSurface(overview.getGraphicsContext2D(), fonts), theme, left,
                index.size() == 0 ? left : right);
        behavior.overviewWindow(left, right, overviewScale);
    }

    /** The overview shows the whole span of the events (or a decade around today when there are none). */
    TimeScale overviewScale(double width) {
        double[] span = fullSpan();
        return TimeScale.fit(span[0], span[1], Math.max(1, width), 8);
    }

    private double[] fullSpan() {
        double[] span = getSkinnable().indexProperty().get().span();
        if (span == null) {
            double today = getSkinnable().todayProperty().get().toEpochDay();
            return new double[] {today - 3652, today + 365};
        }
        double pad = Math.max(30, (span[1] - span[0]) * 0.02);
        return new double[] {span[0] - pad, span[1] + pad};
    }

    private void updateScrollBar(TimelineLayout l, double h) {
        double visible = h - l.plotTop();
        double max = Math.max(0, l.contentHeight() - visible);
        boolean needed = max > 0;
        vertical.setVisible(needed);
        vertical.setMax(max);
        vertical.setVisibleAmount(max <= 0 ? 1 : visible * max / l.contentHeight());
        vertical.setUnitIncrement(LayoutStyle.standard().rowHeight());
        if (getSkinnable().scrollYProperty().get() > max) {
            getSkinnable().scrollYProperty().set(max);
        }
    }

    /** Builds the theme from the control's CSS and the fonts and engines that depend on it. */
    private void ensureStyle() {
        if (theme != null) {
            return;
        }
        TimelineView v = getSkinnable();
        Theme base = v.backgroundColor().getBrightness() < 0.5 ? Theme.dark() : Theme.light();
        theme = base.withColors(FxSurface.rgba(v.backgroundColor()), FxSurface.rgba(v.textColor()),
                FxSurface.rgba(v.mutedTextColor()), FxSurface.rgba(v.gridColor()), FxSurface.rgba(v.accentColor()),
                FxSurface.rgba(v.todayLineColor()), FxSurface.rgba(v.stripeColor())).withFontSize(v.labelSize());
        fonts = new FxFonts(theme);
        engine = new TimelineLayoutEngine(fonts.measure(), LayoutStyle.standard());
        overviewEngine = new TimelineLayoutEngine(fonts.measure(), LayoutStyle.overview());
    }

    List<Lane> lanes() {
        if (lanes == null) {
            redrawNow();
        }
        return lanes == null ? List.of() : lanes;
    }

    private void eventsChanged() {
        lanes = null;
        TimelineView view = getSkinnable();
        Event selected = view.getSelectedEvent();
        if (selected != null && view.getEvents().stream().noneMatch(e -> e.id().equals(selected.id()))) {
            view.setSelectedEvent(null);
        }
        markDirty();
    }

    // ---- view commands ----------------------------------------------------------------------------

    double plotWidth() {
        return Math.max(1, canvas.getWidth() - LayoutStyle.standard().gutterWidth());
    }

    TimeScale.ZoomLimits limits() {
        double[] span = fullSpan();
        return TimeScale.ZoomLimits.forSpan(span[1] - span[0], plotWidth());
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
            apply(fitScale(f.share()), animate && f.animate());
        } else if (request instanceof ViewRequest.ShowRange r) {
            apply(rangeScale(r.start(), r.end()), animate && r.animate());
        } else if (request instanceof ViewRequest.Reveal r) {
            reveal(r.event());
        }
    }

    /** Moves the view to {@code target}, gliding there unless animation is off. */
    void apply(TimeScale target, boolean animate) {
        TimelineView view = getSkinnable();
        if (!animate || !view.animatedProperty().get() || view.getScene() == null) {
            animator.stop();
            view.setScale(target);
        } else {
            animator.glide(view.getScale(), target, plotWidth());
        }
    }

    /** Zooms by {@code factor} around plot x {@code anchorX} (NaN: the middle), continuing any running zoom. */
    void zoomAround(double factor, double anchorX) {
        TimelineView view = getSkinnable();
        double anchor = Double.isNaN(anchorX) ? plotWidth() / 2 : anchorX;
        TimeScale from = animator.target() != null ? animator.target() : view.getScale();
        TimeScale to = from.zoom(factor, anchor, limits());
        if (!view.animatedProperty().get() || view.getScene() == null) {
            animator.stop();
            view.setScale(to);
        } else {
            animator.zoom(view.getScale(), to, anchor);
        }
    }

    /**
     * The scale that fits the latest {@code share} of the events (all of them for 1), leaving room
     * on the right for the labels of the last ones.
     */
    private TimeScale fitScale(double share) {
        double[] span = getSkinnable().indexProperty().get().recentSpan(share);
        if (span == null) {
            double today = getSkinnable().todayProperty().get().toEpochDay();
            span = new double[] {today - 3652, today + 180};
        }
        double rightRoom = Math.min(LayoutStyle.standard().maxLabelWidth(), plotWidth() * 0.3);
        double usable = Math.max(1, plotWidth() - FIT_MARGIN - rightRoom);
        double px = limits().clamp(usable / Math.max(1, span[1] - span[0]));
        return new TimeScale(span[0] - FIT_MARGIN / px, px);
    }

    private TimeScale rangeScale(double start, double end) {
        double px = limits().clamp(plotWidth() / Math.max(1e-3, end - start));
        double centre = (start + end) / 2;
        return new TimeScale(centre - plotWidth() / 2 / px, px);
    }

    void showRange(double start, double end) {
        apply(rangeScale(start, end), true);
    }

    void reveal(Event event) {
        TimeScale s = getSkinnable().getScale();
        double start = event.date().startEpochDay();
        double end = event.date().endEpochDayExclusive();
        double left = s.time(0);
        double right = s.time(plotWidth());
        if (start >= left && end <= right) {
            revealVertically(event);
            return;
        }
        double centre = (start + end) / 2;
        apply(new TimeScale(centre - plotWidth() / 2 / s.pxPerDay(), s.pxPerDay()), true);
        revealVertically(event);
    }

    private void revealVertically(Event event) {
        currentLayout();
        if (layout == null) {
            return;
        }
        for (int i = 0; i < layout.lanes().size(); i++) {
            Lane lane = layout.lanes().get(i).lane();
            if (lane.events().all().stream().anyMatch(e -> e.id().equals(event.id()))) {
                double laneTop = layout.lanes().get(i).y() + getSkinnable().scrollYProperty().get() - layout.plotTop();
                double visible = canvas.getHeight() - layout.plotTop();
                double scroll = getSkinnable().scrollYProperty().get();
                double laneHeight = layout.lanes().get(i).height();
                if (laneTop < scroll || laneTop + laneHeight > scroll + visible) {
                    getSkinnable().scrollYProperty().set(Math.max(0, Math.min(vertical.getMax(), laneTop)));
                }
                return;
            }
        }
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
            Tooltip.uninstall(canvas, tooltip);
        } else {
            tooltip.setText(event.title() + "\n" + event.date().label() + " \u00b7 " + event.kind().label());
            Tooltip.install(canvas, tooltip);
        }
    }

    private String describeSelection() {
        TimelineView view = getSkinnable();
        Event e = view.getSelectedEvent();
        int n = view.getEvents().size();
        String base = "Timeline, " + n + (n == 1 ? " event" : " events");
        return e == null ? base + ", none selected"
                : base + ". Selected: " + e.title() + ", " + e.date().label() + ", " + e.kind().label();
    }
}
