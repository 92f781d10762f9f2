package app.corridor.ui;

import app.corridor.model.Citation;
import app.corridor.model.Event;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import app.corridor.model.TextLines;
import java.text.MessageFormat;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
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

    // ---- user-visible text (to move to a resource bundle) ----
    /** "Line 11, characters 512–700": where the words stand in the source. */
    private static final String PLACE = "Line {0,number,#}, characters {1,number,#}\u2013{2,number,#}";
    private static final String NO_BYLINE = "Author and outlet not stated in the text";
    private static final String SHOW_IN_SOURCE = "Show in source";
    private static final String SHOW_IN_SOURCE_HELP = "Open the full text with this quote highlighted";
    private static final String COPY = "Copy citation";
    private static final String COPY_HELP = "Copy the quote with its full reference";
    private static final String COPIED = "Copied";
    private static final String CARD = "Quote from {0}: {1}";

    QuoteCard(Event event, Quote quote, Source source, String sourceText, List<String> searchWords,
              BiConsumer<Source, Quote> showInSource) {
        getStyleClass().add("quote-card");
        setSpacing(6);
        TextFlow words = RichText.flow("\u201c" + quote.text() + "\u201d", searchWords, "quote-text");

        Label title = new Label(source.title());
        title.getStyleClass().add("source-title");
        title.setWrapText(true);
        Label byline = new Label(source.byline().isEmpty() ? NO_BYLINE : source.byline());
        byline.getStyleClass().add("source-byline");
        byline.setWrapText(true);
        Label place = new Label(place(sourceText, quote));
        place.getStyleClass().add("source-place");

        Button show = new Button(SHOW_IN_SOURCE);
        show.setAccessibleHelp(SHOW_IN_SOURCE_HELP);
        show.setTooltip(new Tooltip(SHOW_IN_SOURCE_HELP));
        show.getStyleClass().addAll("show-in-source", "flat", "accent");
        show.setOnAction(e -> showInSource.accept(source, quote));
        Button copy = new Button(COPY);
        copy.setAccessibleHelp(COPY_HELP);
        copy.setTooltip(new Tooltip(COPY_HELP));
        copy.getStyleClass().addAll("copy-citation", "flat");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(Citation.of(event, quote, source));
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(COPIED);
        });
        copy.setMinWidth(USE_PREF_SIZE);
        show.setMinWidth(USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(6, spacer, copy, show);
        actions.setAlignment(Pos.CENTER_LEFT);
        place.setWrapText(true);
        getChildren().addAll(words, title, byline, place, actions);
        setAccessibleText(MessageFormat.format(CARD, source.title(), quote.text()));
    }

    /**
     * "Line 11, characters 512–700": the quote's place in {@code sourceText}, its line counted as
     * the source viewer numbers its lines ({@link TextLines}).
     */
    static String place(String sourceText, Quote quote) {
        int line = TextLines.of(sourceText).lineOf(Math.min(quote.start(), sourceText.length()));
        return MessageFormat.format(PLACE, line, quote.start(), quote.end());
    }
}
