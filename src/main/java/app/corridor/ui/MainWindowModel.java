package app.corridor.ui;

import app.corridor.AppInfo;
import app.corridor.layout.EventIndex;
import app.corridor.layout.ViewBounds;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.store.EventFilter;
import app.corridor.ui.timeline.ViewRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The main window's logic without its nodes: what the status bar, the title bar, the problems
 * banner and the "matches outside the view" bar say, and where the view goes after the filters
 * change. The window binds to these read-only properties and feeds in what the timeline shows;
 * tests drive it with no toolkit.
 */
final class MainWindowModel {

    private final AppModel app;
    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart", 0);
    private final DoubleProperty visibleEnd = new SimpleDoubleProperty(this, "visibleEnd", 0);
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", true);
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner");
    private final ReadOnlyIntegerWrapper outside = new ReadOnlyIntegerWrapper(this, "outside");
    private final ReadOnlyStringWrapper outsideText = new ReadOnlyStringWrapper(this, "outsideText");
    private final ReadOnlyBooleanWrapper outsideShown = new ReadOnlyBooleanWrapper(this, "outsideShown");
    private EventIndex matches = new EventIndex(List.of());
    private final WindowText text;

    MainWindowModel(AppModel app) {
        this.app = app;
        this.text = new WindowText(app.words());
        app.filteredEventsProperty().addListener(o -> matches = EventIndex.of(app.getFilteredEvents()));
        outside.bind(Bindings.createIntegerBinding(() -> matches.countOutside(visibleStart.get(), visibleEnd.get()),
                app.filteredEventsProperty(), visibleStart, visibleEnd));
        outsideText.bind(Bindings.createStringBinding(() -> text.outside(outside.get()), outside));
        outsideShown.bind(Bindings.createBooleanBinding(() -> !loading.get() && outside.get() > 0
                        && !app.getFilter().isEmpty() && !app.tableShownProperty().get(),
                outside, loading, app.filterProperty(), app.tableShownProperty()));
        status.bind(Bindings.createStringBinding(this::statusText, app.filteredEventsProperty(),
                app.datasetProperty(), visibleStart, visibleEnd, app.tableShownProperty(), loading, failed));
        title.bind(Bindings.createStringBinding(() -> app.getDataset() == null ? AppInfo.NAME
                : text.title(AppInfo.NAME, app.getDataset().title()), app.datasetProperty()));
        banner.bind(Bindings.createStringBinding(() -> text.problems(app.problems().size(),
                app.getDataset() != null), app.problems(), app.datasetProperty()));
    }

    /**
     * "23 of 41 events · Jun 2024 – Feb 2025"; "Loading…" until the data is in; "No events" when it
     * could not be (a dataset with problems and no earlier copy: the banner says why).
     */
    private String statusText() {
        Dataset d = app.getDataset();
        if (failed.get()) {
            return text.noEvents();
        }
        if (d == null || loading.get()) {
            return text.loading();
        }
        String count = text.count(app.getFilteredEvents().size(), d.events().size());
        if (app.tableShownProperty().get()) {
            return count;
        }
        return text.status(count, text.range(LocalDate.ofEpochDay((long) Math.floor(visibleStart.get())),
                LocalDate.ofEpochDay((long) Math.floor(visibleEnd.get()) - 1)));
    }

    /**
     * Where the view goes once the filter changed from {@code before} to {@code after} and its
     * results came in: a changed year range shows those years; no filter left goes back to Fit all,
     * the overview the app opens on (with its axis breaks); anything else fits the results at a
     * readable zoom. Nowhere when every result is already in view, or when nothing matches.
     */
    Optional<ViewRequest> follow(EventFilter before, EventFilter after, List<Event> results) {
        if (results.isEmpty()) {
            return Optional.empty();
        }
        EventIndex index = EventIndex.of(results);
        double[] span = index.span();
        boolean yearsChanged = !java.util.Objects.equals(before.from(), after.from())
                || !java.util.Objects.equals(before.to(), after.to());
        if (yearsChanged && (after.from() != null || after.to() != null)) {
            double start = after.from() != null ? after.from().firstDay().toEpochDay() : span[0];
            double end = after.to() != null ? after.to().lastDay().toEpochDay() + 1 : span[1];
            return Optional.of(new ViewRequest.FitRange(start, end, 0, true));
        }
        if (index.countOutside(visibleStart.get(), visibleEnd.get()) == 0 && allWhollyInView(index)) {
            return Optional.empty();
        }
        return Optional.of(after.isEmpty() ? new ViewRequest.Fit(1, true) : fitResults(span));
    }

    /** Fits the current matches: what the outside bar's "Show" does. */
    Optional<ViewRequest> showMatches() {
        double[] span = matches.span();
        return span == null ? Optional.empty() : Optional.of(fitResults(span));
    }

    private static ViewRequest fitResults(double[] span) {
        return new ViewRequest.FitRange(span[0], span[1], ViewBounds.READABLE_FIT_DAYS, true);
    }

    private boolean allWhollyInView(EventIndex index) {
        double[] span = index.span();
        return span[0] >= visibleStart.get() && span[1] <= visibleEnd.get();
    }

    /** The first and last day shown (epoch days, the end exclusive): the window feeds them in. */
    DoubleProperty visibleStartProperty() {
        return visibleStart;
    }

    DoubleProperty visibleEndProperty() {
        return visibleEnd;
    }

    /** True until the data is loaded and the first view set. */
    BooleanProperty loadingProperty() {
        return loading;
    }

    /** True while nothing could be loaded (the window says why in place of the timeline). */
    BooleanProperty failedProperty() {
        return failed;
    }

    /** The window's words, for the nodes that show them. */
    WindowText text() {
        return text;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Corridor — China–Pakistan high-level exchanges". */
    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** How many of the matching events lie wholly outside the view. */
    ReadOnlyIntegerProperty outsideProperty() {
        return outside.getReadOnlyProperty();
    }

    /** "3 matches outside the view". */
    ReadOnlyStringProperty outsideTextProperty() {
        return outsideText.getReadOnlyProperty();
    }

    /** Whether the quiet bar telling of matches outside the view is shown. */
    ReadOnlyBooleanProperty outsideShownProperty() {
        return outsideShown.getReadOnlyProperty();
    }
}
