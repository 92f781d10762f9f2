package app.corridor.ui.edit;

import app.corridor.curate.DateInput;
import app.corridor.curate.DateReading;
import app.corridor.curate.Edit;
import app.corridor.curate.EditRefusedException;
import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.RoleDto;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Terms;
import app.corridor.model.ActorKind;
import app.corridor.model.Coded;
import app.corridor.model.Country;
import app.corridor.ui.Tips;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The actors of the dataset: one found by name (in either script) or id, its fields and roles
 * edited in place, a new one added, one duplicated, or one deleted when no event names it.
 */
final class ActorEditor extends VBox {

    private final CuratorModel curator;
    private final Messages words;
    private final ActorFormModel form = new ActorFormModel();
    private final Form fields = new Form("actor-");
    private final Label state = new Label();
    private final ComboBox<Country> country = new ComboBox<>();
    private final ComboBox<ActorKind> kind = new ComboBox<>();
    private final VBox roleRows = new VBox(6);
    private final HBox creatingButtons;
    private final Button duplicate;
    private final Button delete;
    private String currentId;
    private boolean creatingNew;
    private boolean loading;

    ActorEditor(CuratorModel curator) {
        super(8);
        this.curator = curator;
        this.words = curator.words();
        Terms terms = Terms.of(words.language());
        setId("actor-editor");
        Picker<ActorDto> find = new Picker<>(words.get("edit.actors.find"), this::matching,
                a -> a.nativeName() == null ? a.name() : a.name() + " \u00b7 " + a.nativeName(), a -> show(a.id()));
        find.field().setId("find-actor");
        Button add = EventEditor.button(words.get("edit.actors.new"), null, "new-actor-button");
        add.setOnAction(e -> newActor());
        duplicate = EventEditor.button(words.get("edit.actors.duplicate"), null, "duplicate-actor");
        duplicate.setOnAction(e -> duplicate());
        delete = EventEditor.button(words.get("edit.actors.delete"), null, "delete-actor");
        delete.setOnAction(e -> delete());
        state.getStyleClass().add("editor-state");
        state.setWrapText(true);
        state.managedProperty().bind(state.visibleProperty());

        text("name", "edit.field.name", form.nameProperty());
        text("nativeName", "edit.field.native-name", form.nativeNameProperty());
        country.getItems().setAll(Country.values());
        country.setConverter(EventEditor.converter(terms::country));
        fields.add("country", words.get("edit.field.country"), country);
        country.valueProperty().addListener((o, a, c) -> {
            if (!loading) {
                form.countryProperty().set(c == null ? null : c.code());
                commit();
            }
        });
        kind.getItems().setAll(ActorKind.values());
        kind.setConverter(EventEditor.converter(k -> words.get("edit.actor-kind." + k.code())));
        fields.add("kind", words.get("edit.field.actor-kind"), kind);
        kind.valueProperty().addListener((o, a, k) -> {
            if (!loading) {
                form.kindProperty().set(k == null ? null : k.code());
                commit();
            }
        });
        Button addRole = EventEditor.button(words.get("edit.role.add"), null, "add-role");
        addRole.setOnAction(e -> {
            form.roles().add(new RoleDto("", null, null));
            showRoles();
        });
        fields.add("roles", words.get("edit.field.roles"), new VBox(6, roleRows, addRole));
        text("id", "edit.field.id", form.idProperty());

        Button create = EventEditor.button(words.get("edit.actors.add"), null, "add-actor-button");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> create());
        Button cancel = EventEditor.button(words.get("edit.event.cancel"), null, null);
        cancel.setOnAction(e -> show(null));
        creatingButtons = new HBox(6, create, cancel);
        creatingButtons.managedProperty().bind(creatingButtons.visibleProperty());

        ScrollPane scroll = Form.scroller(fields);
        getChildren().addAll(find, new HBox(6, add, duplicate, delete), state, creatingButtons, scroll);
        show(null);
    }

    private void text(String path, String label, javafx.beans.property.StringProperty value) {
        TextField field = fields.add(path, words.get(label), "id".equals(path) ? Form.latin(new TextField()) : new TextField());
        field.textProperty().bindBidirectional(value);
        Form.commitOn(field, this::commit);
    }

    void show(String id) {
        currentId = id;
        creatingNew = false;
        reload(curator.getDocument());
    }

    void documentChanged(DatasetDto d) {
        if (creatingNew) {
            form.setTakenIds(ids(d));
            return;
        }
        reload(d);
    }

    private void reload(DatasetDto d) {
        ActorDto a = d == null || currentId == null ? null
                : d.actors().stream().filter(x -> x.id().equals(currentId)).findFirst().orElse(null);
        loading = true;
        form.load(a);
        country.setValue(a == null ? null : Coded.fromCode(Country.class, a.country()).orElse(null));
        kind.setValue(a == null ? null : Coded.fromCode(ActorKind.class, a.kind()).orElse(null));
        loading = false;
        fields.setVisible(a != null);
        fields.setManaged(a != null);
        creatingButtons.setVisible(false);
        duplicate.setDisable(a == null);
        delete.setDisable(a == null);
        state.setText(a == null ? words.get("edit.actors.none") : "");
        state.setVisible(a == null);
        showRoles();
    }

    private void newActor() {
        currentId = null;
        creatingNew = true;
        loading = true;
        form.load(null);
        country.setValue(null);
        kind.setValue(ActorKind.PERSON);
        loading = false;
        form.setTakenIds(ids(curator.getDocument()));
        fields.setVisible(true);
        fields.setManaged(true);
        creatingButtons.setVisible(true);
        state.setVisible(false);
        showRoles();
        fields.field("name").requestFocus();
    }

    private void create() {
        form.kindProperty().set(kind.getValue() == null ? null : kind.getValue().code());
        form.countryProperty().set(country.getValue() == null ? null : country.getValue().code());
        if (!form.canAdd()) {
            fields.field(form.countryProperty().get() == null ? "country" : "name").requestFocus();
            return;
        }
        Edit.PutActor edit = form.edit();
        creatingNew = false;
        currentId = edit.actor().id();
        if (!curator.apply(edit)) {
            creatingNew = true;
            currentId = null;
        } else {
            reload(curator.getDocument());
        }
    }

    private void commit() {
        if (loading || creatingNew || currentId == null) {
            return;
        }
        Edit.PutActor edit = form.edit();
        if (edit == null) {
            return;
        }
        String before = currentId;
        currentId = edit.actor().id();
        if (!curator.apply(edit)) {
            currentId = before;
        }
    }

    private void duplicate() {
        try {
            Edit.PutActor copy = Edit.duplicateActor(curator.getDocument(), currentId);
            if (curator.apply(copy)) {
                show(copy.actor().id());
            }
        } catch (EditRefusedException e) {
            state.setText(e.getMessage(words));
            state.setVisible(true);
        }
    }

    private void delete() {
        if (currentId != null && curator.apply(new Edit.DeleteActor(currentId))) {
            show(null);
        }
    }

    /** One row per role: its title, from and to (dates as people write them), and a remove button. */
    private void showRoles() {
        roleRows.getChildren().clear();
        for (int i = 0; i < form.roles().size(); i++) {
            int index = i;
            RoleDto r = form.roles().get(i);
            TextField title = new TextField(r.title());
            title.setPromptText(words.get("edit.role.title"));
            title.setAccessibleText(words.get("edit.role.title"));
            TextField from = dateField(r.from(), "edit.role.from");
            TextField to = dateField(r.to(), "edit.role.to");
            Runnable commitRole = () -> {
                RoleDto now = new RoleDto(title.getText().strip(), edtf(from.getText(), r.from()), edtf(to.getText(), r.to()));
                if (!now.equals(form.roles().get(index))) {
                    form.roles().set(index, now);
                    commit();
                }
            };
            Form.commitOn(title, commitRole);
            Form.commitOn(from, commitRole);
            Form.commitOn(to, commitRole);
            Button remove = EventEditor.button("\u2715", words.get("edit.role.remove"), null);
            remove.setAccessibleText(words.get("edit.role.remove"));
            remove.getStyleClass().add("flat");
            remove.setOnAction(e -> {
                form.roles().remove(index);
                showRoles();
                commit();
            });
            HBox dates = new HBox(6, from, to, remove);
            dates.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(from, Priority.ALWAYS);
            HBox.setHgrow(to, Priority.ALWAYS);
            VBox row = new VBox(4, title, dates);
            row.getStyleClass().add("role-row");
            roleRows.getChildren().add(row);
        }
    }

    private TextField dateField(String value, String prompt) {
        TextField f = Form.latin(new TextField(value == null ? "" : value));
        f.setPromptText(words.get(prompt));
        f.setAccessibleText(words.get(prompt));
        f.setPrefColumnCount(8);
        f.textProperty().addListener((o, a, typed) -> {
            DateReading r = DateInput.read(typed, words);
            boolean refused = !typed.isBlank() && (!r.isUnderstood() || r.date().isInterval());
            f.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), refused);
            Tips.set(f, !refused ? null : r.isUnderstood() ? words.get("edit.source.published.one-date") : r.refusal());
        });
        return f;
    }

    /** The typed date as EDTF; blank is null; a refused one keeps {@code stored}. */
    private String edtf(String typed, String stored) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        DateReading r = DateInput.read(typed, words);
        return r.isUnderstood() && !r.date().isInterval() ? r.edtf() : stored;
    }

    void focus(String path) {
        Node field = fields.field(path);
        if (field != null) {
            field.requestFocus();
        }
    }

    private List<ActorDto> matching(String query) {
        DatasetDto d = curator.getDocument();
        if (d == null) {
            return List.of();
        }
        return ActorChoices.matching(d.actors(), query, Set.of()).stream()
                .filter(c -> c instanceof ActorChoices.Existing).map(c -> ((ActorChoices.Existing) c).actor()).toList();
    }

    private static Set<String> ids(DatasetDto d) {
        return d == null ? Set.of() : d.actors().stream().map(ActorDto::id).collect(java.util.stream.Collectors.toSet());
    }
}
