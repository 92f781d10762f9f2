package app.corridor.ui.timeline;

import app.corridor.layout.EventIndex;
import app.corridor.layout.LaneMode;
import app.corridor.layout.TimeScale;
import app.corridor.model.Actor;
import app.corridor.model.Event;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.render.TimelinePainter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ObjectPropertyBase;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.event.EventHandler;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

/**
 * A zoomable, pannable timeline of events, drawn on a canvas so ten thousand events cost no more
 * scene nodes than ten. The time↔pixel map is the {@link #scaleProperty() scale}; zoom is clamped
 * between the data's whole span and a single day. Colours and label size are CSS-styleable
 * ({@code -corridor-background}, {@code -corridor-text}, {@code -corridor-muted-text},
 * {@code -corridor-grid}, {@code -corridor-accent}, {@code -corridor-today},
 * {@code -corridor-stripe}, {@code -corridor-label-size}).
 */
public class TimelineView extends Control {

    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final ObjectProperty<List<Event>> events = new SimpleObjectProperty<>(this, "events", List.of());
    private final ObjectProperty<List<Event>> contextEvents =
            new SimpleObjectProperty<>(this, "contextEvents", List.of());
    private final StringProperty emptyText =
            new SimpleStringProperty(this, "emptyText", TimelinePainter.Decorations.NONE.emptyTitle());
    private final StringProperty emptyHint =
            new SimpleStringProperty(this, "emptyHint", TimelinePainter.Decorations.NONE.emptyHint());
    private final DoubleProperty laneHeaderWidth = new SimpleDoubleProperty(this, "laneHeaderWidth", Double.NaN);
    private final ObjectProperty<double[]> timeRange = new SimpleObjectProperty<>(this, "timeRange");
    private final BooleanProperty axisBreaks = new SimpleBooleanProperty(this, "axisBreaks", true);
    private final BooleanProperty overviewVisible = new SimpleBooleanProperty(this, "overviewVisible", true);
    private final ObjectProperty<Function<String, Actor>> actors =
            new SimpleObjectProperty<>(this, "actors", id -> null);
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.KIND);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.ENGLISH);
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ReadOnlyObjectWrapper<Event> hoveredEvent = new ReadOnlyObjectWrapper<>(this, "hoveredEvent");
    private final ObjectProperty<TimeScale> scale = new SimpleObjectProperty<>(this, "scale", new TimeScale(0, 1));
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY", 0);
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());
    private final ObjectProperty<EventHandler<TimelineEvent>> onOpen = new ObjectPropertyBase<>() {
        @Override
        protected void invalidated() {
            setEventHandler(TimelineEvent.OPEN, get());
        }

        @Override
        public Object getBean() {
            return TimelineView.this;
        }

        @Override
        public String getName() {
            return "onOpen";
        }
    };
    private final ReadOnlyDoubleWrapper plotLeft = new ReadOnlyDoubleWrapper(this, "plotLeft", 0);
    private final ReadOnlyDoubleWrapper plotWidth = new ReadOnlyDoubleWrapper(this, "plotWidth", 1);
    private final ReadOnlyBooleanWrapper viewSettled = new ReadOnlyBooleanWrapper(this, "viewSettled", false);
    /** A request no skin took (none installed yet): the next skin starts with it. */
    private ViewRequest pendingRequest;
    private final ReadOnlyObjectWrapper<EventIndex> index = new ReadOnlyObjectWrapper<>(this, "index",
            new EventIndex(List.of()));

    private final StyleableProperty<Color> background =
            CSS.createStyleableColorProperty(this, "background", "-corridor-background", v -> v.background,
                    Color.WHITE);
    private final StyleableProperty<Color> text =
            CSS.createStyleableColorProperty(this, "text", "-corridor-text", v -> v.text, Color.web("#1f2328"));
    private final StyleableProperty<Color> mutedText =
            CSS.createStyleableColorProperty(this, "mutedText", "-corridor-muted-text", v -> v.mutedText,
                    Color.web("#57606a"));
    private final StyleableProperty<Color> grid =
            CSS.createStyleableColorProperty(this, "grid", "-corridor-grid", v -> v.grid, Color.web("#eaeef2"));
    private final StyleableProperty<Color> accent =
            CSS.createStyleableColorProperty(this, "accent", "-corridor-accent", v -> v.accent, Color.web("#0969da"));
    private final StyleableProperty<Color> todayColor =
            CSS.createStyleableColorProperty(this, "todayColor", "-corridor-today", v -> v.todayColor,
                    Color.web("#cf222e"));
    private final StyleableProperty<Color> stripe =
            CSS.createStyleableColorProperty(this, "stripe", "-corridor-stripe", v -> v.stripe, Color.web("#f6f8fa"));
    private final StyleableProperty<Number> labelSize =
            CSS.createStyleableNumberProperty(this, "labelSize", "-corridor-label-size", v -> v.labelSize, 12);
    /** The kinds' colours, from the {@code -corridor-kind-*} tokens (see {@link KindColors}), inherited from the root. */
    private final java.util.Map<app.corridor.model.EventKind, StyleableProperty<Color>> kindColors = kindColorProperties();

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        speak(Language.ENGLISH);
        language.addListener((o, a, l) -> speak(l));
        events.addListener((o, a, b) -> index.set(EventIndex.of(b == null ? List.of() : b)));
    }

    /** What the timeline tells screen readers about itself, in {@code l}. */
    private void speak(Language l) {
        Messages words = Messages.of(l).withBidiMarks();
        setAccessibleRoleDescription(words.get("timeline.role"));
        setAccessibleHelp(words.get("timeline.help"));
        if (!emptyText.isBound()) {
            emptyText.set(TimelinePainter.Decorations.none(l).emptyTitle());
            emptyHint.set(TimelinePainter.Decorations.none(l).emptyHint());
        }
    }

    /**
     * The language of the axis, the lane names, the tooltip and what screen readers hear (English
     * by default). The axis runs left to right in every language.
     */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language getLanguage() {
        return language.get();
    }

    public void setLanguage(Language value) {
        language.set(value);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    // ---- data and state -----------------------------------------------------------------------

    /** The events to show (already filtered), in any order. */
    public final ObjectProperty<List<Event>> eventsProperty() {
        return events;
    }

    public final List<Event> getEvents() {
        return events.get();
    }

    public final void setEvents(List<Event> value) {
        events.set(EventIndex.readOnly(value));
    }

    /**
     * Every event of the data set, filtered or not: the overview strip shows their density, with
     * the {@link #eventsProperty() shown ones} picked out. Empty: the overview shows the shown ones.
     */
    public final ObjectProperty<List<Event>> contextEventsProperty() {
        return contextEvents;
    }

    public final List<Event> getContextEvents() {
        return contextEvents.get();
    }

    public final void setContextEvents(List<Event> value) {
        contextEvents.set(EventIndex.readOnly(value));
    }

    /** What the plot says when no event is shown ("" while there is nothing to say yet, e.g. loading). */
    public final StringProperty emptyTextProperty() {
        return emptyText;
    }

    public final String getEmptyText() {
        return emptyText.get();
    }

    /** The line under {@link #emptyTextProperty()}, saying what to do. */
    public final StringProperty emptyHintProperty() {
        return emptyHint;
    }

    public final String getEmptyHint() {
        return emptyHint.get();
    }

    /** The lane headers' width in pixels, as the user dragged it; NaN: wide enough for every name. */
    public final DoubleProperty laneHeaderWidthProperty() {
        return laneHeaderWidth;
    }

    public final double getLaneHeaderWidth() {
        return laneHeaderWidth.get();
    }

    public final void setLaneHeaderWidth(double value) {
        laneHeaderWidth.set(value);
    }

    /**
     * A span of time the view may show in full even where no event lies, as {@code {from, to}} in
     * epoch days (NaN for an open side), or null: the years a filter asks for.
     */
    public final ObjectProperty<double[]> timeRangeProperty() {
        return timeRange;
    }

    /**
     * Whether Fit all leaves long stretches without events out of the axis, drawn as marked breaks
     * (so one early event does not squeeze the rest into a corner). Zooming or panning returns to a
     * continuous axis.
     */
    public final BooleanProperty axisBreaksProperty() {
        return axisBreaks;
    }

    public final boolean isAxisBreaks() {
        return axisBreaks.get();
    }

    public final void setAxisBreaks(boolean value) {
        axisBreaks.set(value);
    }

    /** Whether the view is Fit all on a broken axis now (false when it is continuous, or not shown yet). */
    public final boolean isAxisBroken() {
        TimelineSkin s = skin();
        return s != null && s.brokenAxis() != null;
    }

    /** Whether the overview strip is shown under the lanes. */
    public final BooleanProperty overviewVisibleProperty() {
        return overviewVisible;
    }

    public final boolean isOverviewVisible() {
        return overviewVisible.get();
    }

    public final void setOverviewVisible(boolean value) {
        overviewVisible.set(value);
    }

    /** The events in time order with a time index: what keyboard navigation and "fit" use. */
    public final ReadOnlyObjectProperty<EventIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Looks actors up by id, for lanes by actor or country. */
    public final ObjectProperty<Function<String, Actor>> actorsProperty() {
        return actors;
    }

    public final ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public final LaneMode getLaneMode() {
        return laneMode.get();
    }

    public final void setLaneMode(LaneMode value) {
        laneMode.set(value);
    }

    public final ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public final Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public final void setSelectedEvent(Event value) {
        selectedEvent.set(value);
    }

    /** The event under the pointer, or null. */
    public final ReadOnlyObjectProperty<Event> hoveredEventProperty() {
        return hoveredEvent.getReadOnlyProperty();
    }

    final void setHoveredEvent(Event value) {
        hoveredEvent.set(value);
    }

    /** The visible window: time at the left of the plot and pixels per day. */
    public final ObjectProperty<TimeScale> scaleProperty() {
        return scale;
    }

    public final TimeScale getScale() {
        return scale.get();
    }

    public final void setScale(TimeScale value) {
        scale.set(value);
    }

    /** How far the lanes are scrolled up, in pixels. */
    public final DoubleProperty scrollYProperty() {
        return scrollY;
    }

    /** Whether zoom changes animate; tests turn it off. */
    public final BooleanProperty animatedProperty() {
        return animated;
    }

    public final boolean isAnimated() {
        return animated.get();
    }

    public final void setAnimated(boolean value) {
        animated.set(value);
    }

    /** The date of the "today" line. */
    public final ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    /** Called when the user asks to open an event (Enter, or a double-click on it). */
    public final ObjectProperty<EventHandler<TimelineEvent>> onOpenProperty() {
        return onOpen;
    }

    public final void setOnOpen(EventHandler<TimelineEvent> handler) {
        onOpen.set(handler);
    }

    final void fireOpen(Event event) {
        fireEvent(new TimelineEvent(this, this, TimelineEvent.OPEN, event));
    }

    /**
     * True once the first view is set and while no animated change of the view is running: what
     * code that reads {@link #getScale()} right after a command waits for.
     */
    public final ReadOnlyBooleanProperty viewSettledProperty() {
        return viewSettled.getReadOnlyProperty();
    }

    public final boolean isViewSettled() {
        return viewSettled.get();
    }

    final void setViewSettled(boolean value) {
        viewSettled.set(value);
    }

    // ---- commands: requests any skin can carry out (see ViewRequest) ------------------------------

    /** Asks the skin for {@code request}; kept for the next skin when none takes it. */
    public final void request(ViewRequest request) {
        ViewRequestEvent event = new ViewRequestEvent(request);
        fireEvent(event);
        pendingRequest = event.isConsumed() ? null : request;
    }

    /** The request no skin has taken yet, once: a new skin calls this when it is installed. */
    final ViewRequest takePendingRequest() {
        ViewRequest r = pendingRequest;
        pendingRequest = null;
        return r;
    }

    /** Zooms in (factor &gt; 1) or out around the middle of the plot. */
    public final void zoom(double factor) {
        request(new ViewRequest.Zoom(factor));
    }

    /** Fits every shown event into view. */
    public final void fitAll() {
        request(new ViewRequest.Fit(1, true));
    }

    /**
     * Fits the latest {@code share} (0–1) of the shown events: a first view that is not squeezed
     * by a few old outliers. {@link #fitAll()} shows everything.
     */
    public final void fitRecent(double share) {
        request(new ViewRequest.Fit(share, true));
    }

    /** Shows the time span {@code [start, end)} (epoch days) across the plot. */
    public final void showRange(double start, double end) {
        request(new ViewRequest.ShowRange(start, end, true));
    }

    /** Brings {@code event} into view (time and lane), if it is not. */
    public final void reveal(Event event) {
        request(new ViewRequest.Reveal(event));
    }

    private TimelineSkin skin() {
        return getSkin() instanceof TimelineSkin sk ? sk : null;
    }

    /**
     * Where {@code event} is drawn (its first lane's box, label included), in this control's
     * coordinates; empty when it is not in view.
     */
    public java.util.Optional<javafx.geometry.Bounds> boundsOf(Event event) {
        TimelineSkin s = skin();
        if (s == null) {
            return java.util.Optional.empty();
        }
        app.corridor.layout.TimelineLayout frame = s.currentLayout();
        return frame == null ? java.util.Optional.empty() : frame.boxOf(event)
                .map(b -> new javafx.geometry.BoundingBox(b.hitLeft(), b.y(), b.hitRight() - b.hitLeft(), b.height()));
    }

    /** The frame as drawn now, laid out first if anything changed (null without a skin or a size). */
    public app.corridor.layout.TimelineLayout currentLayout() {
        TimelineSkin s = skin();
        return s == null ? null : s.currentLayout();
    }

    /** The lanes as drawn now, top to bottom (empty without a skin). */
    public List<app.corridor.layout.Lane> lanes() {
        TimelineSkin s = skin();
        return s == null ? List.of() : s.lanes();
    }

    /** Where the time plot starts, right of the lane headers, in this control's pixels. */
    public final ReadOnlyDoubleProperty plotLeftProperty() {
        return plotLeft.getReadOnlyProperty();
    }

    public final double plotLeft() {
        return plotLeft.get();
    }

    final void setPlotLeft(double value) {
        plotLeft.set(value);
    }

    /** Width of the time plot in pixels (without the lane names), as last laid out. */
    public final ReadOnlyDoubleProperty plotWidthProperty() {
        return plotWidth.getReadOnlyProperty();
    }

    public final double plotWidth() {
        return plotWidth.get();
    }

    final void setPlotWidth(double value) {
        plotWidth.set(value);
    }

    // ---- CSS --------------------------------------------------------------------------------------

    /** Every CSS-styleable property, so the skin can restyle when any changes. */
    final List<javafx.beans.Observable> styleProperties() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(background, text, mutedText, grid, accent, todayColor, stripe, labelSize),
                        kindColors.values().stream())
                .map(p -> (javafx.beans.Observable) p).toList();
    }

    /** The colour of {@code kind} as the stylesheet sets it. */
    final Color kindColor(app.corridor.model.EventKind kind) {
        return kindColors.get(kind).getValue();
    }

    private java.util.Map<app.corridor.model.EventKind, StyleableProperty<Color>> kindColorProperties() {
        java.util.Map<app.corridor.model.EventKind, StyleableProperty<Color>> map =
                new java.util.EnumMap<>(app.corridor.model.EventKind.class);
        for (app.corridor.model.EventKind k : app.corridor.model.EventKind.values()) {
            map.put(k, new javafx.css.SimpleStyleableObjectProperty<>(KIND_CSS.get(k), this, "kindColor-" + k.code(),
                    KIND_CSS.get(k).getInitialValue(this)));
        }
        return map;
    }

    final Color backgroundColor() {
        return background.getValue();
    }

    final Color textColor() {
        return text.getValue();
    }

    final Color mutedTextColor() {
        return mutedText.getValue();
    }

    final Color gridColor() {
        return grid.getValue();
    }

    final Color accentColor() {
        return accent.getValue();
    }

    final Color todayLineColor() {
        return todayColor.getValue();
    }

    final Color stripeColor() {
        return stripe.getValue();
    }

    final double labelSize() {
        return labelSize.getValue().doubleValue();
    }

    /** The kinds' colour properties' CSS: inherited, so the root's tokens reach the control. */
    private static final java.util.Map<app.corridor.model.EventKind, CssMetaData<TimelineView, Color>> KIND_CSS =
            kindCss();
    /** Control's, the factory's and the kinds' metadata, once the factory has all of its own (see below). */
    private static volatile List<CssMetaData<? extends Styleable, ?>> allCss;

    private static java.util.Map<app.corridor.model.EventKind, CssMetaData<TimelineView, Color>> kindCss() {
        java.util.Map<app.corridor.model.EventKind, CssMetaData<TimelineView, Color>> map =
                new java.util.EnumMap<>(app.corridor.model.EventKind.class);
        for (app.corridor.model.EventKind k : app.corridor.model.EventKind.values()) {
            app.corridor.render.Rgba c = app.corridor.render.Theme.light().color(k);
            Color initial = Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
            map.put(k, new CssMetaData<>(KindColors.token(k), javafx.css.StyleConverter.getColorConverter(), initial,
                    true) {
                @Override
                public boolean isSettable(TimelineView view) {
                    return !((javafx.beans.property.Property<?>) view.kindColors.get(k)).isBound();
                }

                @Override
                @SuppressWarnings("unchecked")
                public StyleableProperty<Color> getStyleableProperty(TimelineView view) {
                    return view.kindColors.get(k);
                }
            });
        }
        return map;
    }

    /**
     * Styleable properties of the control, for CSS. The factory registers a property's metadata when
     * the first view creates that property, so the list is made only once it holds them: made
     * earlier (say, when the class loads) it would leave the -corridor-* properties out of CSS for
     * good, and the canvas in its initial, light colours under a dark theme.
     */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> all = allCss;
        if (all != null) {
            return all;
        }
        List<CssMetaData<? extends Styleable, ?>> own = CSS.getCssMetaData();
        List<CssMetaData<? extends Styleable, ?>> made = new java.util.ArrayList<>(own);
        made.addAll(KIND_CSS.values());
        boolean complete = own.stream().anyMatch(m -> m.getProperty().equals("-corridor-background"));
        if (complete) {
            allCss = List.copyOf(made);
        }
        return made;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
