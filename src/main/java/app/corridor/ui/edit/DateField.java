package app.corridor.ui.edit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A date typed as people write it, with its live preview underneath: the date in words, what is
 * known and how it will be drawn, or, in the warning colour, why it is refused.
 */
final class DateField extends VBox {

    private final TextField field = new TextField();
    private final Label preview = Form.hint("date-preview");

    DateField(String prompt, ReadOnlyStringProperty previewText, ReadOnlyBooleanProperty accepted) {
        super(3);
        field.setPromptText(prompt);
        // Dates are typed in Latin letters and digits: left to right in every language.
        field.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        preview.setId("date-preview");
        preview.textProperty().bind(previewText);
        accepted.addListener((o, a, ok) -> refused(!ok));
        refused(!accepted.get());
        getChildren().addAll(field, preview);
    }

    private void refused(boolean refused) {
        preview.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), refused);
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), refused);
    }

    TextField field() {
        return field;
    }

    Label preview() {
        return preview;
    }
}
