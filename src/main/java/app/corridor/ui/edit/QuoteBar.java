package app.corridor.ui.edit;

import app.corridor.curate.QuoteAttachment;
import app.corridor.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The source viewer's quoting actions in curator mode: what is selected (and a warning when the same
 * words stand earlier), "Quote for “<event>”", "New event from this quote", and "Trim the quote to
 * the selection" when a quote of the event is chosen (its ends can also be dragged in the text).
 */
public final class QuoteBar extends VBox {

    private final Messages words;
    private final Label status = new Label();
    private final Button quote;
    private final Button newEvent;
    private final Button trim;
    private QuoteAttachment.Selection selection;
    private String eventTitle;
    private boolean canTrim;

    public QuoteBar(Messages words) {
        super(6);
        this.words = words;
        getStyleClass().add("quote-bar");
        setId("quote-bar");
        setPadding(new Insets(8, 24, 8, 24));
        status.setWrapText(true);
        status.setId("quote-bar-status");
        quote = EventEditor.button("", null, "quote-for-event");
        quote.getStyleClass().add("accent");
        newEvent = EventEditor.button(words.get("edit.viewer.new-event"), words.get("edit.viewer.new-event.help"),
                "new-event-from-quote");
        trim = EventEditor.button(words.get("edit.viewer.trim"), words.get("edit.viewer.trim.help"), "trim-quote");
        // The buttons wrap rather than widen the viewer past its window.
        FlowPane buttons = new FlowPane(6, 6, quote, newEvent, trim);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPrefWrapLength(400);
        status.setMinWidth(0);
        setMinWidth(0);
        trim.managedProperty().bind(trim.visibleProperty());
        getChildren().addAll(status, buttons);
        update();
    }

    /** The words selected, as the source has them (null: none). */
    public void setSelection(QuoteAttachment.Selection selected) {
        this.selection = selected;
        update();
    }

    /** The event quotes go to (null: none shown in the form), and whether its chosen quote may be trimmed. */
    public void setTarget(String title, boolean trimmable) {
        this.eventTitle = title;
        this.canTrim = trimmable;
        update();
    }

    public void setOnQuote(Runnable action) {
        quote.setOnAction(e -> action.run());
    }

    public void setOnNewEvent(Runnable action) {
        newEvent.setOnAction(e -> action.run());
    }

    public void setOnTrim(Runnable action) {
        trim.setOnAction(e -> action.run());
    }

    private void update() {
        boolean usable = selection != null && selection.usable();
        quote.setText(eventTitle == null ? words.get("edit.viewer.quote-none")
                : words.get("edit.viewer.quote-for", eventTitle));
        quote.setDisable(!usable || eventTitle == null);
        newEvent.setDisable(!usable);
        trim.setVisible(canTrim);
        trim.setDisable(!usable);
        String text;
        if (selection == null) {
            text = words.get(canTrim ? "edit.viewer.hint-trim" : "edit.viewer.hint");
        } else if (!selection.usable()) {
            text = selection.message();
        } else {
            // One line, however many lines the words span.
            String flat = selection.text().replaceAll("\\s+", " ");
            String shown = flat.length() > 80 ? flat.substring(0, 80) + "\u2026" : flat;
            text = words.get("edit.viewer.selected", shown, selection.text().codePointCount(0, selection.text().length()));
            if (selection.message() != null) {
                text += "\n" + selection.message();
            }
        }
        status.setText(text);
        status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"),
                selection != null && selection.message() != null);
    }
}
