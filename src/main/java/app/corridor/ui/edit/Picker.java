package app.corridor.ui.edit;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A searchable picker: a field to type in and, under it, the choices that match, closest first.
 * ↓ moves into the list, Enter or a click chooses, Esc closes the list. It lists no more than fit
 * a few lines, so it sits in a form without a popup window.
 *
 * @param <T> what is chosen
 */
final class Picker<T> extends VBox {

    private static final int ROWS = 6;
    private static final double ROW_HEIGHT = 28;

    private final TextField field = new TextField();
    private final ListView<T> list = new ListView<>();
    private final Function<String, List<T>> matching;
    private final Consumer<T> onChoose;

    /**
     * @param prompt   what the empty field says ("Find an event…")
     * @param matching the choices for what is typed
     * @param text     a choice in words
     * @param onChoose what choosing does
     */
    Picker(String prompt, Function<String, List<T>> matching, Function<T, String> text, Consumer<T> onChoose) {
        this.matching = matching;
        this.onChoose = onChoose;
        getStyleClass().add("picker");
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        list.setFixedCellSize(ROW_HEIGHT);
        list.managedProperty().bind(list.visibleProperty());
        list.setVisible(false);
        field.textProperty().addListener((o, a, typed) -> update(typed, !typed.isBlank()));
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                update(field.getText(), true);
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && list.isVisible() && !list.getItems().isEmpty()) {
                choose(list.getItems().get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && list.isVisible()) {
                list.setVisible(false);
                e.consume();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                choose(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                list.setVisible(false);
                field.requestFocus();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            T chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                choose(chosen);
            }
        });
        getChildren().addAll(field, list);
    }

    private void update(String typed, boolean show) {
        List<T> found = matching.apply(typed == null ? "" : typed);
        list.setItems(FXCollections.observableArrayList(found));
        list.setPrefHeight(Math.min(ROWS, Math.max(1, found.size())) * ROW_HEIGHT + 8);
        list.setVisible(show && !found.isEmpty());
    }

    private void choose(T chosen) {
        list.setVisible(false);
        field.clear();
        onChoose.accept(chosen);
    }

    TextField field() {
        return field;
    }

    ListView<T> list() {
        return list;
    }
}
