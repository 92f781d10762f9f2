package app.corridor.ui;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A filter facet as a drop-down: a search field over a list of choices, each with a check box and
 * the number of events it would show. The button says how many are chosen.
 *
 * @param <T> the choice type (an actor id, an event kind)
 */
final class FacetPicker<T> extends MenuButton {

    private final String title;
    private final Function<T, String> label;
    private final Function<T, Node> graphic;
    private Function<T, String> nativeName = t -> null;
    private final ObservableList<T> choices = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(choices);
    private final ListView<T> list = new ListView<>(shown);
    private final TextField search = new TextField();
    private final Set<T> chosen = new LinkedHashSet<>();
    private Map<T, Integer> counts = Map.of();
    private Consumer<Set<T>> onChange = s -> { };

    /**
     * @param graphic an icon for a choice, or null
     * @param extra   a control shown under the list (e.g. "match all"), or null
     */
    FacetPicker(String title, Function<T, String> label, Function<T, Node> graphic, Node extra) {
        this.title = title;
        this.label = label;
        this.graphic = graphic;
        getStyleClass().add("facet-picker");
        search.setPromptText("Search " + title.toLowerCase(java.util.Locale.ROOT));
        search.textProperty().addListener((o, a, b) -> {
            String q = b == null ? "" : b.strip().toLowerCase(java.util.Locale.ROOT);
            shown.setPredicate(t -> q.isEmpty() || label.apply(t).toLowerCase(java.util.Locale.ROOT).contains(q));
        });
        list.setCellFactory(v -> new ChoiceCell());
        list.setPrefSize(340, 320);
        list.getStyleClass().add("facet-list");
        VBox box = new VBox(8, search, list);
        if (extra != null) {
            box.getChildren().add(extra);
        }
        box.setPadding(new Insets(8));
        CustomMenuItem item = new CustomMenuItem(box, false);
        item.getStyleClass().add("facet-popup");
        getItems().add(item);
        setOnShown(e -> search.requestFocus());
        updateText();
    }

    /** A second name shown after the first, in its own script (null when there is none). */
    void setNativeName(Function<T, String> names) {
        nativeName = names;
    }

    void setChoices(List<T> values) {
        choices.setAll(values);
    }

    void setCounts(Map<T, Integer> newCounts) {
        counts = newCounts;
        list.refresh();
    }

    /** Sets what is chosen without telling the listener (the filter already says so). */
    void setChosen(Collection<T> values) {
        chosen.clear();
        chosen.addAll(values);
        list.refresh();
        updateText();
    }

    void setOnChange(Consumer<Set<T>> listener) {
        onChange = listener;
    }

    private void toggle(T value, boolean on) {
        if (on) {
            chosen.add(value);
        } else {
            chosen.remove(value);
        }
        updateText();
        onChange.accept(Set.copyOf(chosen));
    }

    private void updateText() {
        setText(chosen.isEmpty() ? title : title + " (" + chosen.size() + ")");
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("active"), !chosen.isEmpty());
    }

    /** A check box, the choice's icon and label, and its count at the right. */
    private final class ChoiceCell extends ListCell<T> {
        private final CheckBox check = new CheckBox();
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox names = new HBox(6);
        private final HBox row;

        ChoiceCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            count.getStyleClass().add("facet-count");
            name.setContentDisplay(ContentDisplay.LEFT);
            name.setGraphicTextGap(6);
            names.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            row = new HBox(6, check, names, spacer, count);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            check.setOnAction(e -> toggle(getItem(), check.isSelected()));
            setOnMouseClicked(e -> {
                if (getItem() != null && e.getTarget() != check && !check.isPressed()) {
                    check.setSelected(!check.isSelected());
                    toggle(getItem(), check.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            check.setSelected(chosen.contains(item));
            String own = nativeName.apply(item);
            String full = label.apply(item);
            name.setText(own == null ? full : full.replace(" " + own, ""));
            name.setGraphic(graphic == null ? null : graphic.apply(item));
            names.getChildren().setAll(name);
            if (own != null) {
                names.getChildren().add(NativeName.label(own));
            }
            int n = counts.getOrDefault(item, 0);
            count.setText(Integer.toString(n));
            row.setOpacity(n == 0 && !chosen.contains(item) ? 0.55 : 1);
            setGraphic(row);
            setText(null);
            setAccessibleText(label.apply(item) + ", " + n + " events" + (chosen.contains(item) ? ", chosen" : ""));
        }
    }
}
