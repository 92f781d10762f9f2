package app.corridor.ui;

import app.corridor.model.Actor;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import app.corridor.ui.timeline.KindMarker;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/**
 * The filter bar: years (a range slider with editable year fields), actors and kinds (searchable
 * lists with counts), free text, "Clear filters". Every
 * control writes the model's filter, and follows it when it changes elsewhere.
 */
final class FilterBar extends HBox {

    private final AppModel model;
    private final RangeSlider years = new RangeSlider(0, 1, 0, 1);
    private final TextField fromYear = yearField("From year");
    private final TextField toYear = yearField("To year");
    private final CheckBox allActors = new CheckBox("Events with all chosen actors");
    private final FacetPicker<String> actors;
    private final FacetPicker<EventKind> kinds;
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final Button clear = new Button("Clear filters");
    private final PauseTransition searchDelay = new PauseTransition(Duration.millis(250));
    private boolean updating;

    FilterBar(AppModel model) {
        this.model = model;
        getStyleClass().add("filter-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        years.setShowTickLabels(true);
        years.setShowTickMarks(true);
        years.setSnapToTicks(false);
        years.setBlockIncrement(1);
        years.setPrefWidth(260);
        // The slider's default formatter groups digits ("1,951"); years never are.
        years.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Integer.toString(n.intValue());
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        years.getStyleClass().add("year-range");
        years.setAccessibleText("Year range");
        years.lowValueProperty().addListener((o, a, b) -> yearsMoved());
        years.highValueProperty().addListener((o, a, b) -> yearsMoved());
        fromYear.setOnAction(e -> yearTyped());
        toYear.setOnAction(e -> yearTyped());
        fromYear.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                yearTyped();
            }
        });
        toYear.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                yearTyped();
            }
        });

        actors = new FacetPicker<>("Actors", this::actorLabel, null, allActors);
        actors.setId("actor-filter");
        actors.setNativeName(id -> {
            Actor a = model.actorLookup().apply(id);
            return a == null ? null : a.nativeName();
        });
        actors.setOnChange(chosen -> apply(model.getFilter().withActors(chosen, allActors.isSelected())));
        allActors.setOnAction(e -> apply(model.getFilter().withActors(model.getFilter().actors(),
                allActors.isSelected())));

        kinds = new FacetPicker<>("Kinds", EventKind::label, k -> KindMarker.node(k, model.darkProperty().get()),
                null);
        kinds.setId("kind-filter");
        kinds.setChoices(List.of(EventKind.values()));
        kinds.setOnChange(chosen -> apply(model.getFilter().withKinds(chosen.isEmpty()
                ? Set.of() : EnumSet.copyOf(chosen))));

        search.setId("search");
        search.setPromptText("Search titles, summaries and quotes");
        search.setPrefColumnCount(22);
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
        HBox.setHgrow(search, Priority.SOMETIMES);

        clear.setId("clear-filters");
        clear.setOnAction(e -> model.clearFilters());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label yearsLabel = new Label("Years");
        yearsLabel.getStyleClass().add("bar-label");
        getChildren().addAll(search, actors, kinds, yearsLabel, fromYear, years, toYear, clear, spacer);

        // Nothing to filter until the data is in; empty year fields rather than a meaningless 0–1.
        disableProperty().bind(model.datasetProperty().isNull());
        model.datasetProperty().addListener((o, a, d) -> datasetChanged(d));
        model.filterProperty().addListener((o, a, f) -> showFilter(f));
        model.actorCountsProperty().addListener((o, a, c) -> actors.setCounts(c));
        model.kindCountsProperty().addListener((o, a, c) -> kinds.setCounts(c));
        if (model.getDataset() != null) {
            datasetChanged(model.getDataset());
        }
        showFilter(model.getFilter());
    }

    private static TextField yearField(String accessible) {
        TextField field = new TextField();
        field.setPrefColumnCount(4);
        field.getStyleClass().add("year-field");
        field.setAccessibleText(accessible);
        field.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,4}") ? c : null));
        return field;
    }

    private String actorLabel(String id) {
        Actor a = model.actorLookup().apply(id);
        return a == null ? id : a.displayName();
    }

    private void datasetChanged(Dataset d) {
        if (d == null || d.events().isEmpty()) {
            return;
        }
        int first = d.events().stream().mapToInt(e -> e.date().firstDay().getYear()).min().orElse(2000);
        int last = d.events().stream().mapToInt(e -> e.date().lastDay().getYear()).max().orElse(2025);
        updating = true;
        years.setMin(first);
        years.setMax(Math.max(first + 1, last));
        int span = last - first;
        years.setMajorTickUnit(span > 40 ? 25 : span > 15 ? 10 : 5);
        years.setMinorTickCount(0);
        updating = false;
        actors.setChoices(d.actors().stream()
                .sorted(Comparator.comparing((Actor a) -> -eventCount(d, a.id())).thenComparing(Actor::name))
                .map(Actor::id).toList());
        showFilter(model.getFilter());
    }

    private static long eventCount(Dataset d, String actorId) {
        return d.events().stream().filter((Event e) -> e.involves(actorId)).count();
    }

    /** Makes every control show {@code f}, without feeding back into the filter. */
    private void showFilter(EventFilter f) {
        if (model.getDataset() == null) {
            return;
        }
        updating = true;
        int low = f.from() == null ? (int) years.getMin() : f.from().year();
        int high = f.to() == null ? (int) years.getMax() : f.to().year();
        // RangeSlider clamps low to high: set high first (see STACK.md).
        years.setHighValue(high);
        years.setLowValue(low);
        years.setHighValue(high);
        fromYear.setText(Integer.toString(low));
        toYear.setText(Integer.toString(high));
        actors.setChosen(f.actors());
        allActors.setSelected(f.allActors());
        kinds.setChosen(f.kinds());
        if (!search.getText().strip().equals(f.text())) {
            search.setText(f.text());
        }
        clear.setDisable(f.isEmpty());
        updating = false;
    }

    private void yearsMoved() {
        if (updating) {
            return;
        }
        int low = (int) Math.round(years.getLowValue());
        int high = (int) Math.round(years.getHighValue());
        fromYear.setText(Integer.toString(low));
        toYear.setText(Integer.toString(high));
        applyYears(low, high);
    }

    private void yearTyped() {
        int min = (int) years.getMin();
        int max = (int) years.getMax();
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
        PartialDate from = low <= years.getMin() ? null : PartialDate.ofYear(low);
        PartialDate to = high >= years.getMax() ? null : PartialDate.ofYear(high);
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

    RangeSlider yearSlider() {
        return years;
    }
}
