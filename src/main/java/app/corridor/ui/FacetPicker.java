package app.corridor.ui;

import app.corridor.i18n.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * A filter facet as a drop-down: a search field over a list of choices, each with a check box and
 * the number of events it would show, optionally grouped under headings (actors by country). A long
 * name is cut with an ellipsis; the count always shows, and the list never scrolls sideways. The
 * button says how many are chosen. Space or Enter on a choice ticks it.
 *
 * @param <T> the choice type (an actor id, an event kind)
 */
final class FacetPicker<T> extends MenuButton {

    private static final double NATIVE_MIN = 44;
    private static final int NATIVE_WHOLE = 4;
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    /** The count the button keeps room for: more choices than that widen it. */
    private static final int RESERVED_COUNT = 88;

    /** A row of the list: a heading, or a choice under it. */
    private sealed interface Entry<T> permits Heading, Choice {
    }

    private record Heading<T>(String name, int size) implements Entry<T> {
    }

    private record Choice<T>(T value) implements Entry<T> {
    }

    private final String title;
    private final Messages words;
    private final Function<T, String> label;
    private final Function<T, Node> graphic;
    private Function<T, String> nativeName = t -> null;
    private Function<T, String> group = t -> null;
    private final List<T> choices = new ArrayList<>();
    private final ListView<Entry<T>> list = new ListView<>();
    private final TextField search = new TextField();
    private final Set<T> chosen = new LinkedHashSet<>();
    private Map<T, Integer> counts = Map.of();
    private Consumer<Set<T>> onChange = s -> { };
    /** The button's label with a two-digit count, and what measures it (see {@link #computePrefWidth}). */
    private final String roomyText;
    private final Text probe = new Text();

    /**
     * @param help  what the button does, for its tooltip and screen readers
     * @param graphic an icon for a choice, or null
     * @param extra   a control shown under the list (e.g. "match all"), or null
     */
    FacetPicker(String title, String help, Function<T, String> label, Function<T, Node> graphic, Node extra,
                Messages words) {
        this.title = title;
        this.words = words;
        this.label = label;
        this.graphic = graphic;
        this.roomyText = words.get("facet.button.chosen", title, RESERVED_COUNT);
        getStyleClass().add("facet-picker");
        // The button keeps its whole name; a bar that lacks room wraps instead.
        setMinWidth(USE_PREF_SIZE);
        Tips.set(this, help);
        String lower = title.toLowerCase(words.language().locale());
        search.setPromptText(words.get("facet.search.prompt", lower));
        search.setAccessibleText(words.get("facet.search.name", lower));
        search.getStyleClass().add("facet-search");
        search.textProperty().addListener((o, a, b) -> rebuild());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                if (!(list.getFocusModel().getFocusedItem() instanceof Choice)) {
                    list.getFocusModel().focus(firstChoice());
                }
                e.consume();
            }
        });
        list.setCellFactory(v -> new EntryCell());
        list.setPrefSize(360, 340);
        list.getStyleClass().add("facet-list");
        list.setAccessibleText(title);
        list.setAccessibleHelp(words.get("facet.list.help"));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                Entry<T> focused = list.getFocusModel().getFocusedItem();
                if (focused instanceof Choice<T> c) {
                    toggle(c.value(), !chosen.contains(c.value()));
                    list.refresh();
                }
                e.consume();
            }
        });
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

    /**
     * As wide as it would be with a two-digit count of choices: ticking the first choice, or
     * clearing the last, does not push the bar's other controls (the search field, the years) aside.
     */
    @Override
    protected double computePrefWidth(double height) {
        double own = super.computePrefWidth(height);
        double extra = textWidth(roomyText) - textWidth(getText());
        return own + Math.max(0, extra);
    }

    private double textWidth(String text) {
        probe.setText(text);
        probe.setFont(getFont());
        return probe.getLayoutBounds().getWidth();
    }

    /** A second name shown after the first, in its own script (null when there is none). */
    void setNativeName(Function<T, String> names) {
        nativeName = names;
        list.refresh();
    }

    /** The heading each choice stands under (null for none); choices should come sorted by it. */
    void setGroup(Function<T, String> groups) {
        group = groups;
        rebuild();
    }

    void setChoices(List<T> values) {
        choices.clear();
        choices.addAll(values);
        rebuild();
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

    ListView<?> list() {
        return list;
    }

    /** The list's rows: the choices that match the search, each group's heading before them. */
    private void rebuild() {
        String q = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        List<T> shown = choices.stream().filter(t -> q.isEmpty() || matches(t, q)).toList();
        List<Entry<T>> rows = new ArrayList<>();
        String current = null;
        for (int i = 0; i < shown.size(); i++) {
            T t = shown.get(i);
            String g = group.apply(t);
            if (g != null && !g.equals(current)) {
                int size = 0;
                for (int j = i; j < shown.size() && g.equals(group.apply(shown.get(j))); j++) {
                    size++;
                }
                rows.add(new Heading<>(g, size));
            }
            current = g;
            rows.add(new Choice<>(t));
        }
        list.getItems().setAll(rows);
    }

    private boolean matches(T t, String q) {
        String own = nativeName.apply(t);
        return label.apply(t).toLowerCase(Locale.ROOT).contains(q) || (own != null && own.contains(q));
    }

    private int firstChoice() {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof Choice) {
                return i;
            }
        }
        return 0;
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
        setText(chosen.isEmpty() ? title : words.get("facet.button.chosen", title, chosen.size()));
        setAccessibleText(words.get("facet.button.name", title, chosen.size()));
        pseudoClassStateChanged(ACTIVE, !chosen.isEmpty());
    }

    /** A heading, or a check box, the choice's icon, name (and native name) and its count at the right. */
    private final class EntryCell extends ListCell<Entry<T>> {
        private final CheckBox check = new CheckBox();
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox names = new HBox(6);
        private final HBox row;
        private final Label heading = new Label();

        EntryCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox.setHgrow(names, Priority.ALWAYS);
            count.getStyleClass().add("facet-count");
            count.setMinWidth(USE_PREF_SIZE);
            check.setMinWidth(USE_PREF_SIZE);
            check.setFocusTraversable(false);
            // Names give way with an ellipsis; the check box and the count never do.
            name.setMinWidth(0);
            name.setContentDisplay(ContentDisplay.LEFT);
            name.setGraphicTextGap(6);
            names.setMinWidth(0);
            names.setAlignment(Pos.CENTER_LEFT);
            row = new HBox(6, check, names, spacer, count);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            heading.getStyleClass().add("facet-heading");
            // As wide as the list, never wider: no sideways scroll bar.
            setPrefWidth(0);
            check.setOnAction(e -> {
                if (getItem() instanceof Choice<T> c) {
                    toggle(c.value(), check.isSelected());
                }
            });
            setOnMouseClicked(e -> {
                if (getItem() instanceof Choice<T> c && e.getTarget() != check && !check.isPressed()) {
                    check.setSelected(!check.isSelected());
                    toggle(c.value(), check.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(Entry<T> item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            pseudoClassStateChanged(PseudoClass.getPseudoClass("heading"), item instanceof Heading);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                Tips.set(this, null); // a cell is reused: it kept the name of the choice it showed before
            } else if (item instanceof Heading<T> h) {
                heading.setText(h.name());
                setGraphic(heading);
                setAccessibleText(words.get("facet.group.name", h.name(), h.size()));
                Tips.set(this, null);
            } else if (item instanceof Choice<T> c) {
                showChoice(c.value());
            }
        }

        private void showChoice(T value) {
            boolean on = chosen.contains(value);
            check.setSelected(on);
            String own = nativeName.apply(value);
            String full = label.apply(value);
            String latin = own == null ? full : full.replace(" " + own, "");
            name.setText(latin);
            name.setGraphic(graphic == null ? null : graphic.apply(value));
            names.getChildren().setAll(name);
            if (own != null) {
                Label nativeLabel = NativeName.label(own);
                // A short name stays whole; a long one is cut like the Latin name, but never to nothing.
                nativeLabel.setMinWidth(own.codePointCount(0, own.length()) <= NATIVE_WHOLE
                        ? USE_PREF_SIZE : NATIVE_MIN);
                names.getChildren().add(nativeLabel);
            }
            int n = counts.getOrDefault(value, 0);
            count.setText(Integer.toString(n));
            row.setOpacity(n == 0 && !on ? 0.55 : 1);
            setGraphic(row);
            Tips.set(this, full);
            setAccessibleText(words.get("facet.choice.name", Objects.requireNonNullElse(full, ""), n, on ? "yes" : "no"));
        }
    }
}
