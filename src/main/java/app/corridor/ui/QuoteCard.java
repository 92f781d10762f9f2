package app.corridor.ui;

import app.corridor.model.Citation;
import app.corridor.model.Event;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * One quote behind an event: the verbatim words, then the source's title, byline and where in the
 * text the words stand, with "Show in source" and "Copy citation".
 */
final class QuoteCard extends VBox {

    QuoteCard(Event event, Quote quote, Source source, String sourceText, List<String> searchWords,
              BiConsumer<Source, Quote> showInSource) {
        getStyleClass().add("quote-card");
        setSpacing(6);
        TextFlow words = RichText.flow("\u201c" + quote.text() + "\u201d", searchWords, "quote-text");

        Label title = new Label(source.title());
        title.getStyleClass().add("source-title");
        title.setWrapText(true);
        Label byline = new Label(source.byline().isEmpty() ? "Author and outlet not stated in the text"
                : source.byline());
        byline.getStyleClass().add("source-byline");
        byline.setWrapText(true);
        Label place = new Label("Line " + lineOf(sourceText, quote.start()) + ", characters " + quote.start() + "\u2013"
                + quote.end());
        place.getStyleClass().add("source-place");

        Button show = new Button("Show in source");
        show.getStyleClass().addAll("show-in-source", "flat", "accent");
        show.setOnAction(e -> showInSource.accept(source, quote));
        Button copy = new Button("Copy citation");
        copy.getStyleClass().addAll("copy-citation", "flat");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(Citation.of(event, quote, source));
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        copy.setMinWidth(USE_PREF_SIZE);
        show.setMinWidth(USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(6, spacer, copy, show);
        actions.setAlignment(Pos.CENTER_LEFT);
        place.setWrapText(true);
        getChildren().addAll(words, title, byline, place, actions);
        setAccessibleText("Quote from " + source.title() + ": " + quote.text());
    }

    /** 1-based line of offset {@code at}. */
    static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
