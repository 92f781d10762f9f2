package app.corridor.ui;

import app.corridor.dataset.Problem;
import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.layout.LaneMode;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.layout.EventIndex;
import app.corridor.store.EventFilter;
import app.corridor.store.FilterIndex;
import app.corridor.store.Store;
import app.corridor.store.StoreManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The app's state as properties, with no nodes: the dataset, the filter, what the filter keeps
 * (queried from the store in the background; a newer filter wins over a slower older query), the
 * facet counts, the selection, lanes and theme.
 */
public final class AppModel {

    private final Background background;
    private final Language language;
    private final Messages words;
    private Store store;
    /**
     * The store being built for the dataset shown, while there is none yet (a first start shows the
     * checked dataset meanwhile): only a search needs it, and waits for it on the worker.
     */
    private CompletableFuture<Store> building;
    /** The loaded events indexed for filtering; built on the worker with the first query, used only there. */
    private Indexed indexed;
    /** The store of the dataset as saved (the app's to close); {@link #replaceData} closes only the others. */
    private Store savedStore;
    private final Map<String, Actor> actorsById = new HashMap<>();
    private long filterGeneration;
    private final List<Waiting> afterNextResults = new java.util.ArrayList<>();

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.all());
    private final ReadOnlyObjectWrapper<List<Event>> filteredEvents =
            new ReadOnlyObjectWrapper<>(this, "filteredEvents", List.of());
    private final ReadOnlyObjectWrapper<FilterIndex.Totals> totals = new ReadOnlyObjectWrapper<>(this, "totals");
    private final ReadOnlyObjectWrapper<List<Event>> allEvents =
            new ReadOnlyObjectWrapper<>(this, "allEvents", List.of());
    private final ReadOnlyObjectWrapper<Map<String, Integer>> actorCounts =
            new ReadOnlyObjectWrapper<>(this, "actorCounts", Map.of());
    private final ReadOnlyObjectWrapper<Map<EventKind, Integer>> kindCounts =
            new ReadOnlyObjectWrapper<>(this, "kindCounts", Map.of());
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.KIND);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final BooleanProperty tableShown = new SimpleBooleanProperty(this, "tableShown", false);
    private final ReadOnlyObjectWrapper<String> searchFeedback = new ReadOnlyObjectWrapper<>(this, "searchFeedback");
    private final ReadOnlyBooleanWrapper querying = new ReadOnlyBooleanWrapper(this, "querying", false);
    private final ReadOnlyBooleanWrapper storeBuilding = new ReadOnlyBooleanWrapper(this, "storeBuilding", false);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<StoreManager.Notice> storeNotices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyObjectWrapper<String> notice = new ReadOnlyObjectWrapper<>(this, "notice");

    /** A model whose words are English. */
    public AppModel(Background background) {
        this(background, Language.ENGLISH);
    }

    /** A model for a window in {@code language}: the messages it makes (search feedback, errors) speak it. */
    public AppModel(Background background, Language language) {
        this.background = background;
        this.language = language;
        // The window's words: JavaFX draws bidi controls as boxes, so none are put in.
        this.words = Messages.of(language).withBidiMarks();
        filter.addListener((o, a, b) -> runFilter(b));
    }

    /** The language of the window this model serves; a new language means a new window and model. */
    public Language language() {
        return language;
    }

    /** The window's words, in its language. */
    public Messages words() {
        return words;
    }

    /** The store is open and its dataset read: show it with the current filter. */
    void loaded(Store openedStore, Dataset loadedDataset) {
        loaded(openedStore, loadedDataset, null);
    }

    /** Like {@link #loaded(Store, Dataset)}, with the dataset's indexes made already (null: made with the first query). */
    void loaded(Store openedStore, Dataset loadedDataset, Indexed prepared) {
        show(openedStore, null, loadedDataset, prepared);
    }

    /**
     * Shows {@code checkedDataset} while its store is still being built: everything but a search
     * works at once; a search waits (on the worker) for {@code store}, which {@link #storeBuilt}
     * then hands over. Should the build fail, a search says so.
     */
    void loadedBeforeStore(CompletableFuture<Store> store, Dataset checkedDataset, Indexed prepared) {
        show(null, store, checkedDataset, prepared);
    }

    /** The store of the dataset shown by {@link #loadedBeforeStore} is built: searches go to it from now on. */
    void storeBuilt(Store built) {
        if (building == null) {
            return;
        }
        building = null;
        storeBuilding.set(false);
        savedStore = built;
        if (store == null) {
            store = built;
        }
    }

    /**
     * The store of the dataset shown by {@link #loadedBeforeStore} could not be built: the data
     * stays on screen, {@code message} is shown, and a search says why it cannot run.
     */
    void storeFailed(String message) {
        if (building == null) {
            return;
        }
        storeBuilding.set(false);
        error.set(message);
    }

    /** True while the dataset shown has no store yet (see {@link #loadedBeforeStore}): a search would wait. */
    public ReadOnlyBooleanProperty storeBuildingProperty() {
        return storeBuilding.getReadOnlyProperty();
    }

    boolean isStoreBuilding() {
        return storeBuilding.get();
    }

    private void show(Store openedStore, CompletableFuture<Store> pending, Dataset loadedDataset, Indexed prepared) {
        this.store = openedStore;
        this.building = pending;
        storeBuilding.set(pending != null);
        useIndexes(prepared != null && prepared.dataset() == loadedDataset ? prepared : null);
        this.savedStore = openedStore;
        selectedEvent.set(null);
        actorsById.clear();
        loadedDataset.actors().forEach(a -> actorsById.put(a.id(), a));
        dataset.set(loadedDataset);
        runFilter(filter.get());
    }

    /**
     * The data was edited: show {@code editedDataset}, read from {@code editedStore}, in place of what
     * is shown, keeping the filter (less the actors the data no longer has), the selected event (the
     * same id, now with its edited fields) and the view. The store replaced, when it is not the
     * saved dataset's (the app owns that one), is closed on the worker once the queries already
     * queued on it are done.
     */
    void replaceData(Store editedStore, Dataset editedDataset) {
        Store old = store;
        building = null;
        storeBuilding.set(false);
        String selectedId = selectedEvent.get() == null ? null : selectedEvent.get().id();
        this.store = editedStore;
        useIndexes(null); // the edited data is indexed with its first query
        actorsById.clear();
        editedDataset.actors().forEach(a -> actorsById.put(a.id(), a));
        dataset.set(editedDataset);
        selectedEvent.set(selectedId == null ? null : editedDataset.events().stream()
                .filter(e -> e.id().equals(selectedId)).findFirst().orElse(null));
        EventFilter f = filter.get();
        Set<String> actors = new java.util.HashSet<>(f.actors());
        actors.retainAll(actorsById.keySet());
        if (actors.size() == f.actors().size()) {
            runFilter(f);
        } else {
            filter.set(f.withActors(actors, f.allActors()));
        }
        if (old != null && old != editedStore && old != savedStore) {
            background.run(() -> {
                old.close();
                return null;
            }, closed -> { }, failure -> { });
        }
    }

    /** The data goes away (another dataset is being opened): nothing is shown or queried meanwhile. */
    void unloaded() {
        store = null;
        building = null;
        storeBuilding.set(false);
        useIndexes(null);
        savedStore = null;
        ++filterGeneration;
        querying.set(false);
        selectedEvent.set(null);
        actorsById.clear();
        filteredEvents.set(List.of());
        allEvents.set(List.of());
        totals.set(null);
        dataset.set(null);
    }

    Store store() {
        return store;
    }

    /** The worker the app's background work runs on (exports use it too). */
    Background background() {
        return background;
    }

    private void runFilter(EventFilter f) {
        if (store == null && building == null) {
            return;
        }
        long generation = ++filterGeneration;
        querying.set(true);
        Store shown = store;
        CompletableFuture<Store> pending = building;
        Dataset d = dataset.get();
        // Everything but setting the result is done on the worker: the events kept (from indexes
        // in memory; only search text asks the store), the counts, and their time index, which the
        // timeline, the outside bar and the view's next move all share.
        background.run(() -> {
            Indexed indexed = indexFor(d);
            // Only a search needs the store: one asked for while it is built waits for it here.
            Store s = shown != null || f.text().isEmpty() ? shown : awaitStore(pending);
            FilterIndex.Result kept = indexed.filter().query(f, s);
            String feedback = kept.events().isEmpty() && !f.text().isEmpty() ? searchFeedback(s, f, words) : null;
            // Everything kept (a filter cleared) is every event's index itself: nothing to cut.
            EventIndex events = kept.positions().length == indexed.events().size() ? indexed.events()
                    : indexed.events().subset(kept.positions());
            return new FilterResult(indexed.events(), indexed.filter().totalsOfAll(), events, kept.actorCounts(),
                    kept.kindCounts(), feedback);
        },
                result -> {
                    if (generation != filterGeneration) {
                        return; // a newer filter was asked for meanwhile
                    }
                    // Every event first: the result is cut from them (the timeline cuts its lanes alike).
                    if (EventIndex.of(allEvents.get()) != result.all()) {
                        totals.set(result.totals());
                        allEvents.set(result.all().all());
                    }
                    filteredEvents.set(result.events().all());
                    actorCounts.set(result.actorCounts());
                    kindCounts.set(result.kindCounts());
                    searchFeedback.set(result.searchFeedback());
                    querying.set(false);
                    takeWaiting().forEach(w -> w.onResults().run());
                },
                failure -> {
                    if (generation != filterGeneration) {
                        return;
                    }
                    querying.set(false);
                    String message = words.get("app.filtering-failed", String.valueOf(failure.getMessage()));
                    error.set(message);
                    // Whoever waits (the loading screen among them) must hear of it, or waits forever.
                    takeWaiting().forEach(w -> w.onFailure().accept(message));
                });
    }

    /** The store being built, once it is; what stopped the build when it failed. */
    private static Store awaitStore(CompletableFuture<Store> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private List<Waiting> takeWaiting() {
        List<Waiting> waiting = List.copyOf(afterNextResults);
        afterNextResults.clear();
        return waiting;
    }

    /** Someone waiting for the next filter results, or for the news that there will be none. */
    private record Waiting(Runnable onResults, java.util.function.Consumer<String> onFailure) {
    }

    private record FilterResult(EventIndex all, FilterIndex.Totals totals, EventIndex events, Map<String, Integer> actorCounts,
                                Map<EventKind, Integer> kindCounts, String searchFeedback) {
    }

    /** A dataset's events in time order, and indexed for filtering. */
    record Indexed(Dataset dataset, EventIndex events, FilterIndex filter) {
    }

    /** The indexes the filters use, for {@code d}: made off the UI thread, e.g. while the store opens. */
    static Indexed index(Dataset d) {
        // The dataset's events come in time order: the filter's positions are the index's.
        return new Indexed(d, new EventIndex(d.events()), new FilterIndex(d));
    }

    /** The indexes of {@code d}, built by the first query after loading (on the worker) unless given. */
    private synchronized Indexed indexFor(Dataset d) {
        if (indexed == null || indexed.dataset() != d) {
            indexed = index(d);
        }
        return indexed;
    }

    private synchronized void useIndexes(Indexed prepared) {
        indexed = prepared;
    }

    /**
     * Why a search found nothing, in words: the words that match no event at all, else that no
     * event has every word, else that the other filters leave the matches out. Runs in the background.
     */
    private static String searchFeedback(Store s, EventFilter f, Messages words) {
        List<String> missing = s.wordsWithoutMatch(f.text());
        if (!missing.isEmpty()) {
            // Some words of the search match no event at all: name them.
            return words.get("search.no-match-for", String.join(words.get("list.separator"),
                    missing.stream().map(w -> words.get("search.quoted", w)).toList()));
        }
        String quoted = words.get("search.quoted", f.text());
        if (s.matchingEventIds(EventFilter.all().withText(f.text())).isEmpty()) {
            // Every word matches some event, but no event has them all.
            return words.get("search.not-together", quoted);
        }
        // The search alone finds events, but the other filters leave them out.
        return words.get("search.not-with-filters", quoted);
    }

    /**
     * Runs {@code onResults} once, after the next filter results are in (e.g. to fit the view to
     * them), or {@code onFailure} with what to tell the user when that query fails.
     */
    void afterNextResults(Runnable onResults, java.util.function.Consumer<String> onFailure) {
        afterNextResults.add(new Waiting(onResults, onFailure));
    }

    /** Shows only the events of {@code actorId}. */
    public void filterToActor(String actorId) {
        filter.set(filter.get().withActors(Set.of(actorId), false));
    }

    /** Removes every filter. */
    public void clearFilters() {
        filter.set(EventFilter.all());
    }

    /** Looks an actor up by id in the loaded dataset (null before loading or when unknown). */
    public Function<String, Actor> actorLookup() {
        return actorsById::get;
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset getDataset() {
        return dataset.get();
    }

    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    public EventFilter getFilter() {
        return filter.get();
    }

    /**
     * Every event of the dataset in time order, once the first filter results are in (with its time
     * index: the filter results are cut from it); empty before.
     */
    public ReadOnlyObjectProperty<List<Event>> allEventsProperty() {
        return allEvents.getReadOnlyProperty();
    }

    /** The data's years and how many events each actor has, once indexed (with the first results); null before. */
    public ReadOnlyObjectProperty<FilterIndex.Totals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Event>> filteredEventsProperty() {
        return filteredEvents.getReadOnlyProperty();
    }

    public List<Event> getFilteredEvents() {
        return filteredEvents.get();
    }

    public ReadOnlyObjectProperty<Map<String, Integer>> actorCountsProperty() {
        return actorCounts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<EventKind, Integer>> kindCountsProperty() {
        return kindCounts.getReadOnlyProperty();
    }

    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public BooleanProperty tableShownProperty() {
        return tableShown;
    }

    /**
     * When the filter has search text and nothing matches, why, as a sentence naming the words
     * that found nothing ("No match for “zanzibar”"); null otherwise.
     */
    public ReadOnlyObjectProperty<String> searchFeedbackProperty() {
        return searchFeedback.getReadOnlyProperty();
    }

    /** True while a filter query runs. */
    public ReadOnlyBooleanProperty queryingProperty() {
        return querying.getReadOnlyProperty();
    }

    /** What is wrong with the dataset, when the app shows the last good store or nothing. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** What happened to the store file on opening (moved aside, a temporary store): shown in a banner. */
    public ObservableList<StoreManager.Notice> storeNotices() {
        return storeNotices;
    }

    /** The last error worth telling the user, or null. */
    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last thing done worth a line in the status bar ("Exported 37 events to …"), or null. */
    public ReadOnlyObjectProperty<String> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    void notify(String message) {
        notice.set(message);
    }
}
