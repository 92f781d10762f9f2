package app.corridor.ui.edit;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * A form's column of labelled fields, each known by the JSON path of what it edits ({@code title},
 * {@code date}, {@code quotes}), so a problem can jump to it. Text is committed when the curator
 * leaves the field or presses Enter in a one-line field: each commit is one edit, undone as one.
 */
class Form extends VBox {

    private final Map<String, Node> fields = new HashMap<>();
    private final String idPrefix;

    /** A form whose fields have the ids {@code edit-PATH} (the event form's). */
    Form() {
        this("edit-");
    }

    /** A form whose fields have the ids {@code idPrefix + PATH}, unique in the window. */
    Form(String idPrefix) {
        super(10);
        this.idPrefix = idPrefix;
        getStyleClass().add("edit-form");
    }

    /** Adds {@code field} under {@code label}, known by {@code path}; returns the field. */
    <T extends Node> T add(String path, String label, T field) {
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        name.setLabelFor(field);
        name.setWrapText(true);
        field.setId(idPrefix + path.replace('/', '-'));
        if (field instanceof javafx.scene.control.Control c) {
            c.setAccessibleText(label);
        }
        getChildren().add(new VBox(3, name, field));
        fields.put(path, field);
        return field;
    }

    /** Adds a node that edits nothing by itself (a hint, a row of buttons). */
    void addPlain(Node node) {
        getChildren().add(node);
    }

    /** The field editing {@code path}: its first segment ({@code quotes/0/text} → {@code quotes}) when not found whole. */
    Node field(String path) {
        Node exact = fields.get(path);
        if (exact != null || path.isEmpty()) {
            return exact;
        }
        return fields.get(path.split("/")[0]);
    }

    /** Calls {@code commit} when {@code field} loses the focus, and on Enter in a one-line field. */
    static void commitOn(TextInputControl field, Runnable commit) {
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        if (field instanceof TextField) {
            field.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    commit.run();
                }
            });
        }
    }

    /**
     * A scroll pane for an editor's {@code fields}, as tall as the editor lets it be, that keeps the
     * focused field in view and is hidden with its fields: a scroll pane measures its content,
     * visible or not, and showed an empty box with a scroll bar under "No event chosen".
     */
    static javafx.scene.control.ScrollPane scroller(Node fields) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(fields.visibleProperty());
        scroll.managedProperty().bind(fields.visibleProperty());
        followFocus(scroll, fields);
        javafx.scene.layout.VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        return scroll;
    }

    /**
     * Keeps the field with the focus in view in {@code scroll} (whose content is {@code content}): a
     * form walked with Tab, or a problem's field jumped to, scrolls as the focus moves.
     */
    static void followFocus(javafx.scene.control.ScrollPane scroll, Node content) {
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, now) -> {
                    if (now != null && isInside(now, content)) {
                        reveal(scroll, content, now);
                    }
                });
            }
        });
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls {@code scroll} so that {@code node} is in view, with a little room above it. */
    static void reveal(javafx.scene.control.ScrollPane scroll, Node content, Node node) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() >= top && b.getMaxY() <= top + viewport) {
            return;
        }
        double y = b.getMaxY() > top + viewport && b.getHeight() < viewport ? b.getMaxY() - viewport + 24 : b.getMinY() - 24;
        scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }

    /** {@code field} reads left to right in every language: ids, URLs and dates are written in Latin letters. */
    static <T extends javafx.scene.control.TextInputControl> T latin(T field) {
        field.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        return field;
    }

    /** A text area for a paragraph: wraps, a few lines high, grows with the panel's width. */
    static TextArea paragraph(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return area;
    }

    /** A muted line under a field (a preview, where a value comes from). */
    static Label hint(String styleClass) {
        Label hint = new Label();
        hint.getStyleClass().addAll("field-hint", styleClass);
        hint.setWrapText(true);
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        return hint;
    }
}
