package app.corridor.ui.edit;

import app.corridor.i18n.Messages;
import app.corridor.ui.Tips;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A source's metadata as a form, shared by the Sources tab and the import dialog: title, author,
 * author's role, outlet, publication date (typed as people write it, previewed at its precision),
 * URL and note; each optional field with a "not stated" box, and where a document states it.
 */
final class SourceFields extends Form {

    private final Messages words;
    private final SourceFormModel form;
    private final Runnable commit;

    private final String idPrefix;

    /**
     * @param idPrefix the fields' ids begin with it ({@code source-}, {@code import-}): unique in the app
     * @param showFile whether the file and checksum are shown (an imported document's are in its details)
     */
    SourceFields(Messages words, SourceFormModel form, Runnable commit, String idPrefix, boolean showFile) {
        super(idPrefix);
        this.idPrefix = idPrefix;
        this.words = words;
        this.form = form;
        this.commit = commit;
        TextField title = add("title", words.get("edit.field.source-title"), new TextField());
        title.textProperty().bindBidirectional(form.titleProperty());
        Form.commitOn(title, commit);
        Label titleOrigin = Form.hint("origin");
        titleOrigin.textProperty().bind(form.titleOriginProperty());
        addPlain(titleOrigin);
        optional("author", "edit.field.author", SourceFormModel.Optional.AUTHOR, null);
        optional("authorRole", "edit.field.author-role", SourceFormModel.Optional.AUTHOR_ROLE, null);
        optional("outlet", "edit.field.outlet", SourceFormModel.Optional.OUTLET, null);
        Label preview = Form.hint("date-preview");
        preview.textProperty().bind(form.publishedPreviewProperty());
        form.publishedAcceptedProperty().addListener((o, a, ok) ->
                preview.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), !ok));
        optional("published", "edit.field.published", SourceFormModel.Optional.PUBLISHED, preview);
        optional("url", "edit.field.url", SourceFormModel.Optional.URL, null);
        TextArea note = add("note", words.get("edit.field.note"), Form.paragraph(4));
        note.textProperty().bindBidirectional(form.noteProperty());
        Form.commitOn(note, commit);
        TextField id = add("id", words.get("edit.field.id"), Form.latin(new TextField()));
        Tips.set(id, words.get("edit.field.id.help"));
        id.textProperty().bindBidirectional(form.idProperty());
        Form.commitOn(id, commit);
        if (showFile) {
            readOnly("file", "edit.field.file", form.fileProperty());
            readOnly("sha256", "edit.field.sha256", form.sha256Property());
        }
    }

    private void optional(String path, String label, SourceFormModel.Optional f, Label below) {
        TextField value = new TextField();
        if (f == SourceFormModel.Optional.PUBLISHED || f == SourceFormModel.Optional.URL) {
            Form.latin(value);
        }
        value.setId(idPrefix + path + "-text");
        value.textProperty().bindBidirectional(form.value(f));
        Form.commitOn(value, commit);
        CheckBox notStated = new CheckBox(words.get("edit.not-stated"));
        notStated.setId(idPrefix + "not-stated-" + path);
        Tips.set(notStated, words.get("edit.not-stated.help"));
        notStated.setMinWidth(USE_PREF_SIZE);
        notStated.selectedProperty().bindBidirectional(form.notStated(f));
        notStated.selectedProperty().addListener((o, a, b) -> commit.run());
        value.disableProperty().bind(notStated.selectedProperty());
        HBox row = new HBox(8, value, notStated);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(value, Priority.ALWAYS);
        Label origin = Form.hint("origin");
        origin.textProperty().bind(form.origin(f));
        VBox box = new VBox(3, row, origin);
        if (below != null) {
            box.getChildren().add(below);
        }
        add(path, words.get(label), box);
    }

    private void readOnly(String path, String label, javafx.beans.property.StringProperty value) {
        TextField field = add(path, words.get(label), new TextField());
        field.setEditable(false);
        field.getStyleClass().add("read-only");
        field.textProperty().bind(value);
    }

    /** The text field of {@code path}, for the focus to go to. */
    javafx.scene.Node input(String path) {
        javafx.scene.Node n = field(path);
        javafx.scene.Node inner = n == null ? null : n.lookup("#" + idPrefix + path + "-text");
        return inner != null ? inner : n;
    }
}
