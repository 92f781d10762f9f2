package app.corridor.ui.edit;

import app.corridor.curate.Edit;
import app.corridor.dataset.Dto.ActorDto;
import app.corridor.dataset.Dto.RoleDto;
import app.corridor.i18n.Messages;
import app.corridor.i18n.Terms;
import app.corridor.model.ActorKind;
import app.corridor.model.Coded;
import app.corridor.model.Country;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "New actor “…”" inline in the event form: the name typed in the picker, its own script, country,
 * kind and an optional role; adding it adds the actor (one edit) and makes it take part.
 */
final class NewActorPane extends VBox {

    private final CuratorModel curator;
    private final Consumer<String> added;
    private final Messages words;
    private final ActorFormModel form = new ActorFormModel();
    private final TextField role = new TextField();

    NewActorPane(CuratorModel curator, Consumer<String> added) {
        super(6);
        this.curator = curator;
        this.added = added;
        this.words = curator.words();
        Terms terms = Terms.of(words.language());
        getStyleClass().add("new-actor");
        setId("new-actor");
        Label title = new Label(words.get("edit.new-actor.title"));
        title.getStyleClass().add("section-title");
        Form fields = new Form("new-actor-");
        fields.add("name", words.get("edit.field.name"), new TextField()).textProperty()
                .bindBidirectional(form.nameProperty());
        fields.add("nativeName", words.get("edit.field.native-name"), new TextField()).textProperty()
                .bindBidirectional(form.nativeNameProperty());
        ComboBox<Country> country = fields.add("country", words.get("edit.field.country"), new ComboBox<>());
        country.getItems().setAll(Country.values());
        country.setConverter(EventEditor.converter(terms::country));
        country.valueProperty().addListener((o, a, c) -> form.countryProperty().set(c == null ? null : c.code()));
        form.countryProperty().addListener((o, a, code) -> country.setValue(
                code == null ? null : Coded.fromCode(Country.class, code).orElse(null)));
        ComboBox<ActorKind> kind = fields.add("kind", words.get("edit.field.actor-kind"), new ComboBox<>());
        kind.getItems().setAll(ActorKind.values());
        kind.setConverter(EventEditor.converter(k -> words.get("edit.actor-kind." + k.code())));
        kind.valueProperty().addListener((o, a, k) -> form.kindProperty().set(k == null ? null : k.code()));
        form.kindProperty().addListener((o, a, code) -> kind.setValue(
                code == null ? null : Coded.fromCode(ActorKind.class, code).orElse(null)));
        fields.add("roles", words.get("edit.field.role"), role);
        Button add = EventEditor.button(words.get("edit.new-actor.add"), null, "add-new-actor");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> add());
        Button cancel = EventEditor.button(words.get("edit.new-actor.cancel"), null, "cancel-new-actor");
        cancel.setOnAction(e -> close());
        getChildren().addAll(title, fields, new HBox(6, add, cancel));
        managedProperty().bind(visibleProperty());
        setVisible(false);
        kind.setValue(ActorKind.PERSON);
    }

    /** Opens the pane for a new actor named {@code name}. */
    void open(String name) {
        form.load(null);
        form.setTakenIds(curator.getDocument().actors().stream().map(ActorDto::id).toList());
        form.nameProperty().set(name);
        form.kindProperty().set(null);
        form.kindProperty().set(ActorKind.PERSON.code());
        role.clear();
        setVisible(true);
        lookup("#new-actor-nativeName").requestFocus();
    }

    void close() {
        setVisible(false);
    }

    private void add() {
        if (!form.canAdd()) {
            lookup(form.countryProperty().get() == null ? "#new-actor-country" : "#new-actor-name").requestFocus();
            return;
        }
        ActorDto a = form.toDto();
        List<RoleDto> roles = role.getText().isBlank() ? List.of() : List.of(new RoleDto(role.getText().strip(), null, null));
        ActorDto actor = new ActorDto(a.id(), a.name(), a.nativeName(), a.country(), a.kind(), roles);
        if (curator.apply(new Edit.PutActor(null, actor))) {
            close();
            added.accept(actor.id());
        }
    }
}
