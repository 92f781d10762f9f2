package app.corridor.ui;

import app.corridor.i18n.ActorNames;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Terms;
import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import app.corridor.store.FilterIndex;
import app.corridor.ui.timeline.KindMarker;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/**
 * The filter bar: free text, actors and kinds (searchable lists with counts, actors grouped by
 * country), years (a range slider precise to one year, with four-digit year fields), "Clear
 * filters". Every control writes the model's filter, and follows it when it changes elsewhere. The
 * bar keeps every control whole: when one row is too narrow, the years go to a second row (and,
 * narrower still, the pickers to a row of their own). A search that finds nothing says which words
 * found nothing, beside the search field.
 */
final class FilterBar extends WrappingBar {

    private static final double SEARCH_MIN = 200;
    private static final double SEARCH_MAX = 460;

    private final AppModel model;
    private final Messages words;
    private final YearRangeSlider years;
    private final TextField fromYear;
    private final TextField toYear;
    private final CheckBox allActors;
    private final FacetPicker<String> actors;
    private final FacetPicker<EventKind> kinds;
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final Label searchFeedback = new Label();
    private final Button clear;
    private final PauseTransition searchDelay = new PauseTransition(Duration.millis(250));
    private boolean updating;

    FilterBar(AppModel model) {
        super(10, 8);
        this.model = model;
        this.words = model.words();
        years = new YearRangeSlider(words);
        fromYear = yearField(words.get("filter.from-year"));
        toYear = yearField(words.get("filter.to-year"));
        allActors = new CheckBox(words.get("filter.all-actors"));
        clear = new Button(words.get("filter.clear"));
        Terms terms = Terms.of(model.language());
        getStyleClass().add("filter-bar");
        setPadding(new Insets(8, 12, 8, 12));

        years.setId("year-range");
        years.lowProperty().addListener((o, a, b) -> yearsMoved());
        years.highProperty().addListener((o, a, b) -> yearsMoved());
        years.changingProperty().addListener((o, a, changing) -> yearsMoved());
        fromYear.setOnAction(e -> yearTyped());
        toYear.setOnAction(e -> yearTyped());
        for (TextField field : List.of(fromYear, toYear)) {
            field.focusedProperty().addListener((o, a, focused) -> {
                if (!focused) {
                    yearTyped();
                }
            });
        }

        actors = new FacetPicker<>(words.get("filter.actors"), words.get("filter.actors.help"), this::actorLabel, null,
                allActors, words);
        actors.setId("actor-filter");
        actors.setNativeName(id -> {
            Actor a = model.actorLookup().apply(id);
            return a == null ? null : ActorNames.secondary(a, model.language());
        });
        actors.setGroup(id -> {
            Actor a = model.actorLookup().apply(id);
            return a == null ? null : terms.country(a.country());
        });
        actors.setOnChange(chosen -> apply(model.getFilter().withActors(chosen, allActors.isSelected())));
        allActors.setOnAction(e -> apply(model.getFilter().withActors(model.getFilter().actors(),
                allActors.isSelected())));

        kinds = new FacetPicker<>(words.get("filter.kinds"), words.get("filter.kinds.help"), terms::kind,
                KindMarker::node, null, words);
        kinds.setId("kind-filter");
        kinds.setChoices(List.of(EventKind.values()));
        kinds.setOnChange(chosen -> apply(model.getFilter().withKinds(chosen.isEmpty()
                ? Set.of() : EnumSet.copyOf(chosen))));

        search.setId("search");
        String searchHelp = words.get("filter.search.help");
        search.setPromptText(words.get("filter.search.prompt"));
        search.setAccessibleText(words.get("filter.search.name"));
        Tips.set(search, searchHelp);
        search.setPrefColumnCount(22);
        search.setMinWidth(SEARCH_MIN);
        search.setMaxWidth(SEARCH_MAX);
        HBox.setHgrow(search, Priority.ALWAYS);
        Label glass = new Label("\u2315");
        glass.getStyleClass().add("search-icon");
        search.setLeft(glass);
        searchDelay.setOnFinished(e -> apply(model.getFilter().withText(search.getText())));
        search.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                searchDelay.playFromStart();
            }
        });
        search.setOnAction(e -> {
            searchDelay.stop();
            apply(model.getFilter().withText(search.getText()));
        });
        searchFeedback.setId("search-feedback");
        searchFeedback.getStyleClass().add("search-feedback");
        searchFeedback.setMinWidth(USE_PREF_SIZE);
        searchFeedback.textProperty().bind(model.searchFeedbackProperty());
        searchFeedback.managedProperty().bind(model.searchFeedbackProperty().isNotNull());
        model.searchFeedbackProperty().addListener((o, a, b) ->
                search.setAccessibleHelp(b == null ? searchHelp : words.get("filter.search.help-after", b, searchHelp)));

        clear.setId("clear-filters");
        clear.setMinWidth(USE_PREF_SIZE);
        Tips.set(clear, words.get("filter.clear.help"));
        clear.setOnAction(e -> model.clearFilters());

        Label yearsLabel = new Label(words.get("filter.years"));
        yearsLabel.getStyleClass().add("bar-label");
        yearsLabel.setMinWidth(USE_PREF_SIZE);
        yearsLabel.setLabelFor(fromYear);
        // Years run left to right as the time axis does, in Urdu too: the first year on the left.
        HBox range = new HBox(6, fromYear, years, toYear);
        range.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        range.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(range, Priority.ALWAYS);
        HBox yearBox = new HBox(6, yearsLabel, range);
        yearBox.setAlignment(Pos.CENTER_LEFT);
        yearBox.getStyleClass().add("year-box");
        HBox.setHgrow(years, Priority.ALWAYS);
        HBox.setHgrow(yearBox, Priority.ALWAYS);
        years.setMaxWidth(Double.MAX_VALUE);

        addArrangement(List.of(List.of(search, searchFeedback, actors, kinds, yearBox, clear)));
        addArrangement(List.of(List.of(search, searchFeedback, actors, kinds, clear), List.of(yearBox)));
        addArrangement(List.of(List.of(search, searchFeedback), List.of(actors, kinds, clear), List.of(yearBox)));

        // Nothing to filter until the data is in.
        disableProperty().bind(model.datasetProperty().isNull());
        model.totalsProperty().addListener((o, a, t) -> totalsChanged(t));
        model.filterProperty().addListener((o, a, f) -> showFilter(f));
        model.actorCountsProperty().addListener((o, a, c) -> actors.setCounts(c));
        model.kindCountsProperty().addListener((o, a, c) -> kinds.setCounts(c));
        if (model.getDataset() != null) {
            totalsChanged(model.totalsProperty().get());
        }
        showFilter(model.getFilter());
    }

    private TextField yearField(String name) {
        TextField field = new TextField();
        field.setPrefColumnCount(4);
        field.getStyleClass().add("year-field");
        field.setAccessibleText(name);
        Tips.set(field, words.get("filter.year.help"));
        // Four digits always show: the field is never narrower than it wants to be.
        field.setMinWidth(USE_PREF_SIZE);
        field.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,4}") ? c : null));
        return field;
    }

    private String actorLabel(String id) {
        Actor a = model.actorLookup().apply(id);
        return a == null ? id : ActorNames.display(a, model.language());
    }

    /**
     * The years and the actors of the data once it is indexed (on the worker, with the first
     * results): a thousand actors sorted by how many of 100,000 events they take part in.
     */
    private void totalsChanged(FilterIndex.Totals totals) {
        Dataset d = model.getDataset();
        if (totals == null || d == null || d.events().isEmpty()) {
            return;
        }
        int first = totals.firstYear();
        int last = totals.lastYear();
        updating = true;
        years.set(first, Math.max(first + 1, last), first, last);
        updating = false;
        // By country (China, Pakistan, other), then the most present first.
        Map<String, Integer> counts = totals.eventsPerActor();
        actors.setChoices(d.actors().stream()
                .sorted(Comparator.comparing(Actor::country)
                        .thenComparing((Actor a) -> -counts.getOrDefault(a.id(), 0)).thenComparing(Actor::name))
                .map(Actor::id).toList());
        showFilter(model.getFilter());
    }

    /** Makes every control show {@code f}, without feeding back into the filter. */
    private void showFilter(EventFilter f) {
        if (model.getDataset() == null) {
            return;
        }
        updating = true;
        int min = years.minProperty().get();
        int max = years.maxProperty().get();
        int low = f.from() == null ? min : f.from().year();
        int high = f.to() == null ? max : f.to().year();
        years.set(min, max, low, high);
        fromYear.setText(Integer.toString(years.getLow()));
        toYear.setText(Integer.toString(years.getHigh()));
        actors.setChosen(f.actors());
        allActors.setSelected(f.allActors());
        kinds.setChosen(f.kinds());
        if (!search.getText().strip().equals(f.text())) {
            search.setText(f.text());
        }
        clear.setDisable(f.isEmpty());
        updating = false;
    }

    /** The handles moved: the fields follow at once, the filter when the drag ends. */
    private void yearsMoved() {
        if (updating) {
            return;
        }
        fromYear.setText(Integer.toString(years.getLow()));
        toYear.setText(Integer.toString(years.getHigh()));
        if (!years.changingProperty().get()) {
            applyYears(years.getLow(), years.getHigh());
        }
    }

    private void yearTyped() {
        int min = years.minProperty().get();
        int max = years.maxProperty().get();
        int low = parseYear(fromYear.getText(), min, min, max);
        int high = parseYear(toYear.getText(), max, min, max);
        if (low > high) {
            int t = low;
            low = high;
            high = t;
        }
        applyYears(low, high);
        showFilter(model.getFilter());
    }

    private static int parseYear(String text, int fallback, int min, int max) {
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void applyYears(int low, int high) {
        PartialDate from = low <= years.minProperty().get() ? null : PartialDate.ofYear(low);
        PartialDate to = high >= years.maxProperty().get() ? null : PartialDate.ofYear(high);
        apply(model.getFilter().withRange(from, to));
    }

    private void apply(EventFilter f) {
        if (!updating && !f.equals(model.getFilter())) {
            model.filterProperty().set(f);
        }
    }

    FacetPicker<String> actorPicker() {
        return actors;
    }

    FacetPicker<EventKind> kindPicker() {
        return kinds;
    }

    YearRangeSlider yearSlider() {
        return years;
    }

    /** The controls a user reaches in the bar, for tests of sizes and names. */
    List<Node> controls() {
        return List.of(search, actors, kinds, fromYear, years, toYear, clear);
    }
}
