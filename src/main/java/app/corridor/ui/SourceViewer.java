package app.corridor.ui;

import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window with a source's full text: the chosen quote highlighted and scrolled into view, the
 * other quotes taken from the same document marked more softly, with previous/next to walk them.
 */
final class SourceViewer {

    private final Stage stage = new Stage();
    private final Label title = new Label();
    private final Label byline = new Label();
    private final Label note = new Label();
    private final Label position = new Label();
    private final TextFlow text = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(text);
    private final Button previous = new Button("\u2190 Previous quote");
    private final Button next = new Button("Next quote \u2192");
    private Dataset dataset;
    private Source source;
    private List<Quote> quotes = List.of();
    private int current;
    private Text target;

    SourceViewer(Window owner, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("Source");
        title.getStyleClass().add("viewer-title");
        title.setWrapText(true);
        byline.getStyleClass().add("source-byline");
        byline.setWrapText(true);
        note.getStyleClass().add("viewer-note");
        note.setWrapText(true);
        text.getStyleClass().add("source-text");
        text.setPadding(new Insets(16, 24, 24, 24));
        text.setLineSpacing(3);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("source-scroll");
        previous.setOnAction(e -> show(current - 1));
        next.setOnAction(e -> show(current + 1));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(8, position, spacer, previous, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, title, byline, note, nav);
        header.setPadding(new Insets(16, 24, 12, 24));
        header.getStyleClass().add("viewer-header");
        BorderPane root = new BorderPane(scroll, header, null, null, null);
        root.getStyleClass().add("source-viewer");
        Scene scene = new Scene(root, 760, 720);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
    }

    /** Opens the viewer on {@code source} with {@code quote} highlighted. */
    void open(Dataset d, Source s, Quote quote) {
        dataset = d;
        source = s;
        TreeSet<Quote> all = new TreeSet<>(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        for (Event e : d.events()) {
            e.quotes().stream().filter(q -> q.sourceId().equals(s.id())).forEach(all::add);
        }
        quotes = new ArrayList<>(all);
        stage.setTitle("Source \u2014 " + s.title());
        title.setText(s.title());
        byline.setText(s.byline().isEmpty() ? "Author and outlet not stated in the text" : s.byline());
        note.setText(s.note() == null ? "" : s.note());
        note.setManaged(s.note() != null);
        note.setVisible(s.note() != null);
        int index = 0;
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).start() == quote.start() && quotes.get(i).end() == quote.end()) {
                index = i;
            }
        }
        stage.show();
        stage.toFront();
        show(index);
    }

    private void show(int index) {
        current = Math.max(0, Math.min(quotes.size() - 1, index));
        render();
        previous.setDisable(current == 0);
        next.setDisable(current >= quotes.size() - 1);
        position.setText("Quote " + (current + 1) + " of " + quotes.size() + " from this source");
        // Scroll once the flow has been laid out with its new text.
        Platform.runLater(this::scrollToTarget);
    }

    /** Splits the text at every quote boundary: the current quote, other quotes, plain text. */
    private void render() {
        String full = dataset.sourceTexts().get(source.id());
        Quote chosen = quotes.get(current);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, full.length()));
        for (Quote q : quotes) {
            cuts.add(q.start());
            cuts.add(q.end());
        }
        List<Text> runs = new ArrayList<>();
        target = null;
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int a = from;
                Text t = new Text(full.substring(a, cut));
                if (a >= chosen.start() && cut <= chosen.end()) {
                    t.getStyleClass().add("quote-target");
                    if (target == null) {
                        target = t;
                    }
                } else if (quotes.stream().anyMatch(q -> a >= q.start() && cut <= q.end())) {
                    t.getStyleClass().add("quote-other");
                } else {
                    t.getStyleClass().add("source-plain");
                }
                runs.add(t);
            }
            from = cut;
        }
        text.getChildren().setAll(runs);
    }

    private void scrollToTarget() {
        if (target == null) {
            return;
        }
        text.applyCss();
        text.layout();
        Bounds b = target.getBoundsInParent();
        double contentHeight = text.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double max = Math.max(1, contentHeight - viewport);
        scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - viewport / 3) / max)));
    }

    /** The text of the current quote as highlighted, joined across runs. */
    String highlightedText() {
        StringBuilder sb = new StringBuilder();
        text.getChildren().stream().filter(n -> n.getStyleClass().contains("quote-target"))
                .forEach(n -> sb.append(((Text) n).getText()));
        return sb.toString();
    }

    Stage stage() {
        return stage;
    }
}
