package app.corridor.ui.edit;

import app.corridor.curate.Edit;
import app.corridor.curate.EditRefusedException;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.i18n.Messages;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The sources of the dataset: one found by title, author or id, its metadata edited in place (each
 * field the text does not state marked so), its text shown; a document imported as a new source;
 * one duplicated, or deleted when no quote cites it.
 */
final class SourceEditor extends VBox {

    private final CuratorModel curator;
    private final EditorHost host;
    private final Messages words;
    private final SourceFormModel form;
    private final SourceFields fields;
    private final Label state = new Label();
    private final Button duplicate;
    private final Button delete;
    private final Button showText;
    private String currentId;
    private boolean loading;

    SourceEditor(CuratorModel curator, EditorHost host) {
        super(8);
        this.curator = curator;
        this.host = host;
        this.words = curator.words();
        this.form = new SourceFormModel(words);
        setId("source-editor");
        Picker<SourceDto> find = new Picker<>(words.get("edit.sources.find"), this::matching,
                s -> s.title() == null ? s.id() : s.title(), s -> show(s.id()));
        find.field().setId("find-source");
        Button importButton = EventEditor.button(words.get("edit.sources.import"), words.get("edit.sources.import.help"),
                "import-source");
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> host.importSource());
        duplicate = EventEditor.button(words.get("edit.actors.duplicate"), null, "duplicate-source");
        duplicate.setOnAction(e -> duplicate());
        delete = EventEditor.button(words.get("edit.actors.delete"), null, "delete-source");
        delete.setOnAction(e -> delete());
        showText = EventEditor.button(words.get("edit.sources.show-text"), null, "show-source-text");
        showText.setOnAction(e -> host.showInSource(currentId, null, -1));
        state.getStyleClass().add("editor-state");
        state.setWrapText(true);
        state.managedProperty().bind(state.visibleProperty());
        fields = new SourceFields(words, form, this::commit, "source-", true);
        fields.addPlain(showText);
        ScrollPane scroll = Form.scroller(fields);
        getChildren().addAll(find, new HBox(6, importButton, duplicate, delete), state, scroll);
        show(null);
    }

    void show(String id) {
        currentId = id;
        reload(curator.getDocument());
    }

    void documentChanged(DatasetDto d) {
        reload(d);
    }

    private void reload(DatasetDto d) {
        SourceDto s = d == null || currentId == null ? null
                : d.sources().stream().filter(x -> x.id().equals(currentId)).findFirst().orElse(null);
        loading = true;
        if (s != null) {
            form.load(s);
        }
        loading = false;
        fields.setVisible(s != null);
        fields.setManaged(s != null);
        duplicate.setDisable(s == null);
        delete.setDisable(s == null);
        state.setText(s == null ? words.get("edit.sources.none") : "");
        state.setVisible(s == null);
    }

    private void commit() {
        if (loading || currentId == null) {
            return;
        }
        Edit.PutSource edit = form.edit();
        if (edit == null) {
            return;
        }
        String before = currentId;
        currentId = edit.source().id();
        if (!curator.apply(edit)) {
            currentId = before;
        }
    }

    private void duplicate() {
        try {
            Edit.PutSource copy = Edit.duplicateSource(curator.getDocument(), currentId);
            if (curator.apply(copy)) {
                show(copy.source().id());
            }
        } catch (EditRefusedException e) {
            state.setText(e.getMessage(words));
            state.setVisible(true);
        }
    }

    private void delete() {
        if (currentId != null && curator.apply(new Edit.DeleteSource(currentId))) {
            show(null);
        }
    }

    void focus(String path) {
        Node field = fields.input(path);
        if (field != null) {
            field.requestFocus();
        }
    }

    private List<SourceDto> matching(String query) {
        DatasetDto d = curator.getDocument();
        if (d == null) {
            return List.of();
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return d.sources().stream().filter(s -> (s.id() + " " + s.title() + " " + s.author() + " " + s.outlet())
                .toLowerCase(Locale.ROOT).contains(q)).toList();
    }
}
