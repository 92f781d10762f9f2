package app.corridor.ui;

import app.corridor.i18n.DateWords;
import app.corridor.i18n.Messages;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window with a source's full text, one numbered line per row (the numbers the quote cards
 * cite): the chosen quote marked with a highlighter's background and scrolled into view, the
 * document's other quotes marked more quietly, previous/next to walk them, and a find bar
 * (Ctrl+F; Enter and Shift+Enter, F3 and Shift+F3 for the next and previous match). Esc and
 * Ctrl+W close it. The header names the event the quote is cited for and where the quote stands.
 */
final class SourceViewer {

    /** Pixels of the lines before a quote kept in view above it. */
    private static final double CONTEXT_ABOVE = 48;

    private final Stage stage = new Stage();
    private final Label citedFor = new Label();
    private final Label title = new Label();
    private final Label byline = new Label();
    private final Label note = new Label();
    private final Label place = new Label();
    private final Label position = new Label();
    private final ListView<Integer> lines = new ListView<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Messages words;
    private final HBox findBar = new HBox(8);
    private final TextField findField = new TextField();
    private final Label findCount = new Label();
    private SourceDocument document;
    private int current;
    private List<SourceDocument.Span> found = List.of();
    private int currentFound = -1;
    private List<List<TextMark>> marks = List.of();
    // Curator mode: words selected to quote, a quote's ends moved (see ui.edit.QuoteBar).
    private final javafx.beans.property.BooleanProperty editable =
            new javafx.beans.property.SimpleBooleanProperty(this, "editable", false);
    private final javafx.beans.property.ObjectProperty<IndexRange> selection =
            new javafx.beans.property.SimpleObjectProperty<>(this, "selection");
    private final VBox editSlot = new VBox();
    private java.util.function.BiConsumer<Integer, Integer> onTrim;
    /** Where a selection drag started, as an offset in the text. */
    private int anchor = -1;
    /** Which end of the chosen quote a drag moves: -1 its start, 1 its end, 0 none. */
    private int movingEnd;

    SourceViewer(Window owner, List<String> stylesheets, Messages words) {
        this.words = words;
        previous.setText(words.get("viewer.previous"));
        next.setText(words.get("viewer.next"));
        stage.initOwner(owner);
        citedFor.getStyleClass().add("viewer-event");
        citedFor.setId("viewer-event");
        citedFor.setWrapText(true);
        title.getStyleClass().add("viewer-title");
        title.setWrapText(true);
        byline.getStyleClass().add("source-byline");
        byline.setWrapText(true);
        note.getStyleClass().add("viewer-note");
        note.setWrapText(true);
        place.getStyleClass().add("viewer-place");
        place.setId("viewer-place");
        position.getStyleClass().add("viewer-position");
        previous.setId("previous-quote");
        next.setId("next-quote");
        Tips.set(previous, words.get("viewer.previous.help"));
        Tips.set(next, words.get("viewer.next.help"));
        previous.setOnAction(e -> show(current - 1));
        next.setOnAction(e -> show(current + 1));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(8, place, position, spacer, previous, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, citedFor, title, byline, note, nav);
        header.setPadding(new Insets(16, 24, 12, 24));
        header.getStyleClass().add("viewer-header");

        lines.setId("source-lines");
        lines.getStyleClass().add("source-lines");
        lines.setCellFactory(v -> new LineCell());
        lines.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        lines.setAccessibleHelp(words.get("viewer.text.help"));
        // The source's own words, English: left to right in any window.
        lines.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        lines.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                if (selection.get() != null && document != null) {
                    copy(document.text().substring(selection.get().getStart(), selection.get().getEnd()));
                } else {
                    copySelectedLines();
                }
                e.consume();
            }
        });

        VBox top = new VBox(header, editSlot, findBar());
        editSlot.managedProperty().bind(editSlot.visibleProperty());
        editSlot.visibleProperty().bind(editable);
        lines.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        lines.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        lines.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        selection.addListener(o -> {
            if (document != null) {
                refreshMarks();
            }
        });
        editable.addListener((o, a, on) -> {
            if (!on) {
                selection.set(null);
            }
        });
        BorderPane root = new BorderPane(lines, top, null, null, null);
        root.getStyleClass().add("source-viewer");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(820, screen.getWidth() - 40), Math.min(720, screen.getHeight() - 40));
        scene.getStylesheets().setAll(stylesheets);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        UiLanguage.apply(scene, words.language());
        stage.setScene(scene);
        stage.setMinWidth(420);
        stage.setMinHeight(320);
    }

    private HBox findBar() {
        findField.setId("find-field");
        findField.setPromptText(words.get("viewer.find.prompt"));
        findField.setAccessibleText(words.get("viewer.find.prompt"));
        Tips.set(findField, words.get("viewer.find.help"));
        findField.setPrefColumnCount(24);
        findField.textProperty().addListener((o, a, b) -> find(b));
        findCount.setId("find-count");
        findCount.getStyleClass().add("find-count");
        findCount.setMinWidth(Region.USE_PREF_SIZE);
        Button up = new Button(words.get("viewer.find.previous"));
        Button down = new Button(words.get("viewer.find.next"));
        Button close = new Button(words.get("viewer.find.close"));
        up.setId("find-previous");
        down.setId("find-next");
        close.setId("find-close");
        Tips.set(up, words.get("viewer.find.previous.help"));
        Tips.set(down, words.get("viewer.find.next.help"));
        Tips.set(close, words.get("viewer.find.close.help"));
        up.setOnAction(e -> step(-1));
        down.setOnAction(e -> step(1));
        close.setOnAction(e -> closeFind());
        findBar.getChildren().addAll(findField, findCount, up, down, close);
        findBar.setAlignment(Pos.CENTER_LEFT);
        findBar.setPadding(new Insets(6, 24, 6, 24));
        findBar.getStyleClass().add("find-bar");
        findBar.setId("find-bar");
        findBar.managedProperty().bind(findBar.visibleProperty());
        findBar.setVisible(false);
        return findBar;
    }

    private void keyPressed(KeyEvent e) {
        boolean shortcut = e.isShortcutDown();
        if (e.getCode() == KeyCode.ESCAPE) {
            if (findBar.isVisible() && findField.isFocused()) {
                closeFind();
            } else {
                stage.close();
            }
        } else if (shortcut && e.getCode() == KeyCode.W) {
            stage.close();
        } else if (shortcut && e.getCode() == KeyCode.F) {
            openFind();
        } else if (e.getCode() == KeyCode.F3 || (e.getCode() == KeyCode.ENTER && findField.isFocused())) {
            step(e.isShiftDown() ? -1 : 1);
        } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
            show(current - 1);
        } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
            show(current + 1);
        } else {
            return;
        }
        e.consume();
    }

    /** Opens the viewer on {@code source} with {@code quote} highlighted and in view. */
    void open(Dataset d, Source s, Quote quote) {
        open(SourceDocument.of(d, s), quote);
    }

    private void show(int index) {
        describe(index);
        if (current < 0) {
            return;
        }
        Quote q = document.quotes().get(current).quote();
        int line = document.lineOf(q.start());
        lines.getSelectionModel().clearAndSelect(line - 1);
        lines.getFocusModel().focus(line - 1);
        reveal(line, q.start());
    }

    /** Makes quote {@code index} the chosen one and says so in the header, without scrolling. */
    private void describe(int index) {
        if (document.quotes().isEmpty()) {
            current = -1;
            refreshMarks();
            return;
        }
        current = Math.max(0, Math.min(document.quotes().size() - 1, index));
        SourceDocument.CitedQuote cited = document.quotes().get(current);
        Quote q = cited.quote();
        citedFor.setText(cited.events().isEmpty() ? words.get("viewer.not-cited") : cited.events().stream()
                .map((Event e) -> words.get("viewer.cited-for", e.title(),
                        DateWords.of(words.language()).label(e.date())))
                .collect(Collectors.joining("\n")));
        place.setText(QuoteCard.place(document.text(), q, words));
        position.setText(words.get("viewer.position", current + 1, document.quotes().size()));
        previous.setDisable(current == 0);
        next.setDisable(current >= document.quotes().size() - 1);
        refreshMarks();
    }

    private void refreshMarks() {
        IndexRange sel = selection.get();
        marks = document.marks(current, found, currentFound,
                sel == null ? null : new SourceDocument.Span(sel.getStart(), sel.getEnd()));
        lines.refresh();
        // Redraw the rows now, so what is shown and what was asked never disagree, even for a moment.
        lines.layout();
    }

    /**
     * Scrolls so that character {@code offset}, on {@code line}, is in view: its line at the top,
     * then, for a paragraph taller than the window, down to the character itself.
     */
    private void reveal(int line, int offset) {
        lines.scrollTo(Math.max(0, line - 1));
        lines.applyCss();
        lines.layout();
        if (!(lines.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        Bounds view = flow.localToScene(flow.getLayoutBounds());
        if (line > 1) {
            // A little of what comes before, so the quote is not read out of context.
            flow.scrollPixels(-Math.min(CONTEXT_ABOVE, view.getHeight() / 4));
            lines.layout();
        }
        LineCell cell = visibleCell(line);
        if (cell == null) {
            return;
        }
        int inLine = offset - document.lineStart(line);
        Bounds caret = cell.flow.localToScene(new javafx.scene.shape.Path(cell.flow.caretShape(inLine, true))
                .getBoundsInLocal());
        double below = caret.getMaxY() - view.getMaxY();
        if (below > 0) {
            flow.scrollPixels(below + view.getHeight() / 3);
        }
    }

    private LineCell visibleCell(int line) {
        for (javafx.scene.Node n : lines.lookupAll(".source-line")) {
            if (n instanceof LineCell c && c.getItem() != null && c.getItem() == line && c.isVisible()) {
                return c;
            }
        }
        return null;
    }

    // ---- find --------------------------------------------------------------------------------------

    private void openFind() {
        findBar.setVisible(true);
        findField.requestFocus();
        findField.selectAll();
    }

    private void closeFind() {
        findBar.setVisible(false);
        found = List.of();
        currentFound = -1;
        refreshMarks();
        lines.requestFocus();
    }

    private void find(String query) {
        if (document == null) {
            return;
        }
        found = document.find(query);
        currentFound = -1;
        step(1);
    }

    /** Moves to the next ({@code +1}) or previous ({@code -1}) match, wrapping round. */
    private void step(int direction) {
        if (!findBar.isVisible()) {
            openFind();
            return;
        }
        if (found.isEmpty()) {
            currentFound = -1;
            findCount.setText(findField.getText().isBlank() ? "" : words.get("viewer.find.none"));
            findField.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("no-match"),
                    !findField.getText().isBlank());
            refreshMarks();
            return;
        }
        findField.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("no-match"), false);
        currentFound = currentFound < 0 ? (direction > 0 ? 0 : found.size() - 1)
                : Math.floorMod(currentFound + direction, found.size());
        findCount.setText(words.get("viewer.find.count", currentFound + 1, found.size()));
        if (editable.get()) {
            // What is found can be quoted: the match becomes the selection (the keyboard's way to select).
            selection.set(new IndexRange(found.get(currentFound).start(), found.get(currentFound).end()));
        }
        refreshMarks();
        int start = found.get(currentFound).start();
        int line = document.lineOf(start);
        lines.getSelectionModel().clearAndSelect(line - 1);
        reveal(line, start);
    }

    private void copySelectedLines() {
        copy(lines.getSelectionModel().getSelectedItems().stream().sorted()
                .map(document::line).collect(Collectors.joining("\n")));
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    // ---- curator mode: selecting words, moving a quote's ends -------------------------------------------

    /**
     * Opens the viewer on {@code shown} (a dataset's source, or one of a dataset being edited: see
     * {@link SourceDocument#ofDraft}) with {@code quote} chosen and in view; null: none chosen. The
     * same text opened again (a quote attached or trimmed meanwhile) keeps its place and selection.
     */
    void open(SourceDocument shown, Quote quote) {
        boolean same = document != null && document.source().id().equals(shown.source().id())
                && document.text().equals(shown.text()) && stage.isShowing();
        if (!same) {
            selection.set(null);
        }
        document = shown;
        Source s = shown.source();
        stage.setTitle(words.get("viewer.window-title", s.title()));
        title.setText(s.title());
        String by = s.byline(DateWords.of(words.language())::label);
        byline.setText(by.isEmpty() ? words.get("quote.no-byline") : by);
        note.setText(s.note() == null ? "" : s.note());
        note.setManaged(s.note() != null);
        note.setVisible(s.note() != null);
        lines.setAccessibleText(words.get("viewer.text.name", s.title()));
        if (!same) {
            lines.setItems(FXCollections.observableArrayList(
                    IntStream.rangeClosed(1, document.lineCount()).boxed().toList()));
        }
        found = document.find(findField.getText());
        currentFound = -1;
        stage.show();
        stage.toFront();
        if (quote == null) {
            // Opened to select words: no quote is chosen, so no event is named above the text.
            current = -1;
            citedFor.setText("");
            place.setText("");
            position.setText("");
            previous.setDisable(document.quotes().isEmpty());
            next.setDisable(document.quotes().isEmpty());
            refreshMarks();
        } else if (same) {
            // Edited in place (a quote attached or trimmed): the marks change, the view stays where it is.
            describe(document.indexOf(quote));
        } else {
            show(document.indexOf(quote));
        }
        lines.requestFocus();
    }

    /** In curator mode words can be selected to quote, and the chosen quote's ends moved. */
    javafx.beans.property.BooleanProperty editableProperty() {
        return editable;
    }

    /** The words selected (offsets in the source text), or null. */
    javafx.beans.property.ObjectProperty<IndexRange> selectionProperty() {
        return selection;
    }

    /** The bar of quoting actions, shown above the text in curator mode. */
    void setEditBar(javafx.scene.Node bar) {
        editSlot.getChildren().setAll(bar);
    }

    /**
     * What to do when an end of the chosen quote has been dragged to a new place: called with its
     * new start and end; null when the chosen quote may not be changed here.
     */
    void setOnTrim(java.util.function.BiConsumer<Integer, Integer> trim) {
        this.onTrim = trim;
    }

    /** The chosen quote's span, or null when none is chosen. */
    IndexRange chosenQuote() {
        if (document == null || current < 0 || current >= document.quotes().size()) {
            return null;
        }
        Quote q = document.quotes().get(current).quote();
        return new IndexRange(q.start(), q.end());
    }

    private void pressed(MouseEvent e) {
        if (!editable.get() || e.getButton() != javafx.scene.input.MouseButton.PRIMARY || document == null) {
            return;
        }
        int at = offsetAt(e.getSceneX(), e.getSceneY());
        if (at < 0) {
            return;
        }
        IndexRange chosen = chosenQuote();
        movingEnd = 0;
        if (onTrim != null && chosen != null && Math.abs(at - chosen.getStart()) <= 1) {
            movingEnd = -1;
        } else if (onTrim != null && chosen != null && Math.abs(at - chosen.getEnd()) <= 1) {
            movingEnd = 1;
        }
        anchor = at;
        if (movingEnd == 0) {
            selection.set(null);
        }
        lines.requestFocus();
        // Characters are selected here, not rows.
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!editable.get() || anchor < 0) {
            return;
        }
        int at = offsetAt(e.getSceneX(), e.getSceneY());
        if (at < 0) {
            return;
        }
        IndexRange chosen = chosenQuote();
        if (movingEnd != 0 && chosen != null) {
            int start = movingEnd < 0 ? at : chosen.getStart();
            int end = movingEnd > 0 ? at : chosen.getEnd();
            selection.set(new IndexRange(Math.min(start, end), Math.max(start, end)));
        } else {
            // Whole words, as word processors select by dragging; Alt keeps the exact characters.
            SourceDocument.Span span = e.isAltDown() ? new SourceDocument.Span(Math.min(anchor, at), Math.max(anchor, at))
                    : document.toWords(Math.min(anchor, at), Math.max(anchor, at));
            selection.set(new IndexRange(span.start(), span.end()));
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!editable.get() || anchor < 0) {
            return;
        }
        anchor = -1;
        IndexRange moved = selection.get();
        if (movingEnd != 0 && moved != null && moved.getLength() > 0 && onTrim != null) {
            movingEnd = 0;
            selection.set(null);
            onTrim.accept(moved.getStart(), moved.getEnd());
        }
        movingEnd = 0;
        if (selection.get() != null && selection.get().getLength() == 0) {
            selection.set(null);
        }
        e.consume();
    }

    /**
     * The offset in the text under a point of the scene: in the line drawn there; above the first
     * line drawn, its start; below the last, its end; -1 when no line is drawn.
     */
    private int offsetAt(double sceneX, double sceneY) {
        List<LineCell> shown = lines.lookupAll(".source-line").stream()
                .filter(n -> n instanceof LineCell c && c.getItem() != null && c.isVisible() && c.getGraphic() != null)
                .map(n -> (LineCell) n).sorted(java.util.Comparator.comparingInt(ListCell::getItem)).toList();
        if (shown.isEmpty()) {
            return -1;
        }
        for (LineCell c : shown) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            if (sceneY < b.getMaxY()) {
                if (sceneY < b.getMinY() && c == shown.get(0)) {
                    return document.lineStart(c.getItem());
                }
                javafx.geometry.Point2D p = c.flow.sceneToLocal(sceneX, sceneY);
                int inLine = c.flow.hitTest(p).getInsertionIndex();
                return document.lineStart(c.getItem()) + Math.min(inLine, document.line(c.getItem()).length());
            }
        }
        LineCell last = shown.get(shown.size() - 1);
        return document.lineStart(last.getItem()) + document.line(last.getItem()).length();
    }

    /**
     * Where character {@code offset} is drawn, on the screen (the middle of its caret line): how
     * tests point at words to select. Null when its line is not drawn.
     */
    javafx.geometry.Point2D screenPointOf(int offset) {
        int line = document.lineOf(offset);
        LineCell cell = visibleCell(line);
        if (cell == null) {
            return null;
        }
        Bounds caret = cell.flow.localToScreen(new javafx.scene.shape.Path(
                cell.flow.caretShape(offset - document.lineStart(line), true)).getBoundsInLocal());
        return new javafx.geometry.Point2D(caret.getCenterX(), caret.getCenterY());
    }

    /** Scrolls so that character {@code offset} is in view. */
    void reveal(int offset) {
        reveal(document.lineOf(offset), offset);
    }

    // ---- what tests read ---------------------------------------------------------------------------

    /** The text under the chosen quote's mark, as drawn, joined across lines. */
    String highlightedText() {
        return markedText(SourceDocument.TARGET);
    }

    /** The text under the marks of {@code styleClass} in the rows now drawn, one run per mark. */
    List<String> markedRuns(String styleClass) {
        return lines.lookupAll(".source-line").stream()
                .filter(n -> n instanceof LineCell c && c.getItem() != null && c.isVisible())
                .map(n -> (LineCell) n).sorted(java.util.Comparator.comparingInt(ListCell::getItem))
                .flatMap(c -> c.flow.marks().stream().filter(m -> m.styleClass().equals(styleClass))
                        .map(m -> c.flow.text().substring(m.start(), m.end())))
                .toList();
    }

    private String markedText(String styleClass) {
        return String.join("\n", markedRuns(styleClass));
    }

    Stage stage() {
        return stage;
    }

    ListView<Integer> lines() {
        return lines;
    }

    // ---- one line ----------------------------------------------------------------------------------

    /** A line's number in the gutter, then its text with the marks that fall on it. */
    private final class LineCell extends ListCell<Integer> {
        private final Label number = new Label();
        private final Text words = new Text();
        private final MarkedTextFlow flow = new MarkedTextFlow(words);
        private final HBox row = new HBox(12, number, flow);

        LineCell() {
            getStyleClass().add("source-line");
            number.getStyleClass().add("line-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            number.setAlignment(Pos.TOP_RIGHT);
            words.getStyleClass().addAll("text", "source-plain");
            flow.getStyleClass().add("source-text");
            flow.setLineSpacing(3);
            flow.setMinWidth(0);
            HBox.setHgrow(flow, Priority.ALWAYS);
            row.setAlignment(Pos.TOP_LEFT);
            setAlignment(Pos.TOP_LEFT);
            // Rows are as wide as the list, never wider: the text wraps instead of scrolling sideways.
            setPrefWidth(0);
        }

        /** As tall as the line wrapped at the row's width (a labelled cell would ask its graphic unwrapped). */
        @Override
        protected double computePrefHeight(double width) {
            double w = width >= 0 ? width : getWidth();
            if (getGraphic() == null || w <= 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + row.prefHeight(w - snappedLeftInset() - snappedRightInset())
                    + snappedBottomInset();
        }

        @Override
        protected void updateItem(Integer line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null || document == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String text = document.line(line);
            number.setText(Integer.toString(line));
            number.setPrefWidth(digitsWidth(number));
            words.setText(text);
            List<TextMark> lineMarks = line - 1 < marks.size() ? marks.get(line - 1) : List.of();
            flow.setMarks(lineMarks);
            boolean cited = lineMarks.stream().anyMatch(m -> m.styleClass().equals(SourceDocument.TARGET));
            setAccessibleText(cited
                    ? SourceViewer.this.words.get("viewer.line.with-quote", line, text)
                    : SourceViewer.this.words.get("viewer.line", line, text));
            setGraphic(row);
        }

        /** Wide enough for the largest line number, so the text starts at the same place on every row. */
        private double digitsWidth(Label label) {
            Text probe = new Text("0".repeat(Integer.toString(document.lineCount()).length()));
            probe.setFont(label.getFont());
            return Math.ceil(probe.getLayoutBounds().getWidth()) + 2;
        }
    }
}
