package app.corridor.ui;

import app.corridor.i18n.DateWords;
import app.corridor.i18n.Messages;
import app.corridor.model.Citation;
import app.corridor.model.Event;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import app.corridor.model.TextLines;
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
              BiConsumer<Source, Quote> showInSource, Messages text) {
        getStyleClass().add("quote-card");
        setSpacing(6);
        // The quote is the source's English: its quotation marks are English ones, in any language.
        TextFlow words = RichText.flow("\u201c" + quote.text() + "\u201d", searchWords, "quote-text");
        words.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);

        Label title = new Label(source.title());
        title.getStyleClass().add("source-title");
        title.setWrapText(true);
        title.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        boolean rtl = text.language().rightToLeft();
        // The byline is the source's own (English); only the note that there is none is the window's words.
        String by = source.byline(DateWords.of(text.language())::label);
        Region byline = Paragraph.of(by.isEmpty() ? text.get("quote.no-byline") : by,
                rtl && source.byline().isEmpty(), "source-byline");
        if (!source.byline().isEmpty()) {
            byline.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        }
        Region place = Paragraph.of(place(sourceText, quote, text), rtl, "source-place");

        Button show = new Button(text.get("quote.show-in-source"));
        Tips.set(show, text.get("quote.show-in-source.help"));
        show.getStyleClass().addAll("show-in-source", "flat", "accent");
        show.setOnAction(e -> showInSource.accept(source, quote));
        Button copy = new Button(text.get("quote.copy"));
        Tips.set(copy, text.get("quote.copy.help"));
        copy.getStyleClass().addAll("copy-citation", "flat");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(Citation.of(event, quote, source));
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(text.get("quote.copied"));
        });
        copy.setMinWidth(USE_PREF_SIZE);
        show.setMinWidth(USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(6, spacer, copy, show);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(words, title, byline, place, actions);
        setAccessibleText(text.get("quote.card", source.title(), quote.text()));
    }

    /**
     * "Line 11, characters 512–700": the quote's place in {@code sourceText}, its line counted as
     * the source viewer numbers its lines ({@link TextLines}).
     */
    static String place(String sourceText, Quote quote, Messages text) {
        int line = TextLines.of(sourceText).lineOf(Math.min(quote.start(), sourceText.length()));
        return text.get("quote.place", line, quote.start(), quote.end());
    }
}
